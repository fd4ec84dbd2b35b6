using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>Where sources disagree: what about, then each side's value with its article number and its words.</summary>
internal sealed class ConflictsSectionWriter : IMarkdownSectionWriter
{
    private const int ClaimTextMax = 240;

    public void Write(StringBuilder output, BriefingIndex index)
    {
        output.Append("## Where sources disagree\n\n");
        if (index.Briefing.Conflicts.Count == 0)
        {
            output.Append("No disagreements found between the sources.\n\n");
            return;
        }
        foreach (var conflict in index.Briefing.Conflicts)
        {
            output.Append("- **").Append(MarkdownText.Escape(conflict.About)).Append("**\n");
            foreach (var claim in conflict.Claims)
                output.Append("  - ").Append(MarkdownText.Escape(claim.Value)).Append(' ')
                    .Append(CitationNumbers.Of(index, [claim.Article])).Append(": ")
                    .Append(MarkdownText.Escape(MarkdownText.Shorten(claim.Text, ClaimTextMax))).Append('\n');
        }
        output.Append('\n');
    }
}
