using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>
/// Coverage: how the articles compare. Headlines and their framing, which source reports which
/// fact, what only one article reports, how each characterises the story, and what each leaves out.
/// Parts with nothing to show are left out, and the whole section when every part is empty.
/// </summary>
internal sealed class CoverageSectionWriter : IMarkdownSectionWriter
{
    public void Write(StringBuilder output, BriefingIndex index)
    {
        var listing = new CoverageListing(index);
        if (listing.IsEmpty) return;
        output.Append("## Coverage\n\n");
        HeadlinesWriter.Write(output, index, listing);
        CoverageTableWriter.Write(output, index, listing);
        UniqueFactsWriter.Write(output, index, listing);
        CharacterisationsWriter.Write(output, index, listing);
        OmittedFactsWriter.Write(output, index, listing);
    }
}
