using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>The summary: one paragraph per sentence, followed by its citations as [n] article numbers and, when one source alone reports it, "only in …".</summary>
internal sealed class SummarySectionWriter : IMarkdownSectionWriter
{
    public void Write(StringBuilder output, BriefingIndex index)
    {
        output.Append("## Summary\n\n");
        if (index.Briefing.Summary.Count == 0)
        {
            output.Append("No summary sentences (none fits the word budget, or the articles hold none).\n\n");
            return;
        }
        foreach (var sentence in index.Briefing.Summary)
        {
            output.Append(MarkdownText.Escape(sentence.Text));
            var numbers = CitationNumbers.Of(index, sentence.Citations.Select(c => c.Article));
            if (numbers.Length > 0) output.Append(' ').Append(numbers);
            if (SingleSource.OnlyIn(index, sentence) is { } source) output.Append(" *(only in ").Append(MarkdownText.Escape(source)).Append(")*");
            output.Append("\n\n");
        }
    }
}
