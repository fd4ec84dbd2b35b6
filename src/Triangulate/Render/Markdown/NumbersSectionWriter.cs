using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>Numbers: each thing two or more sources measure, with every source's words side by side and its article number.</summary>
internal sealed class NumbersSectionWriter : IMarkdownSectionWriter
{
    public void Write(StringBuilder output, BriefingIndex index)
    {
        output.Append("## Numbers\n\n");
        if (index.Briefing.Quantities.Count == 0)
        {
            output.Append("No figure is given by more than one source.\n\n");
            return;
        }
        foreach (var group in index.Briefing.Quantities)
        {
            output.Append("- **").Append(MarkdownText.Escape(group.About)).Append("**: ")
                .AppendJoin("; ", group.Values.Select(v => MarkdownText.Escape(v.Text) + " " + CitationNumbers.Of(index, [v.Article])));
            if (QuantityDisputes.IsDisputed(index.Briefing, group)) output.Append(" (disputed: see above)");
            output.Append('\n');
        }
        output.Append('\n');
    }
}
