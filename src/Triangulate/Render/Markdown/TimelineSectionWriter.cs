using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>Timeline: each dated event with its date, the words of its first article, and every article that dates it.</summary>
internal sealed class TimelineSectionWriter : IMarkdownSectionWriter
{
    private const int TextMax = 240;

    public void Write(StringBuilder output, BriefingIndex index)
    {
        output.Append("## Timeline\n\n");
        if (index.Briefing.Timeline.Count == 0)
        {
            output.Append("No dated events found.\n\n");
            return;
        }
        foreach (var entry in index.Briefing.Timeline)
        {
            output.Append("- **").Append(MarkdownText.Escape(entry.Date)).Append("**");
            if (entry.Disputed) output.Append(" (disputed: the sources date this differently)");
            output.Append(" — ").Append(MarkdownText.Escape(MarkdownText.Shorten(entry.Text, TextMax))).Append(' ')
                .Append(CitationNumbers.Of(index, entry.Citations.Select(c => c.Article))).Append('\n');
        }
        output.Append('\n');
    }
}
