using System.Text;

namespace Triangulate.Render.Html;

/// <summary>
/// Coverage: how the articles compare. Headlines and their framing, a heat map of which source
/// reports which fact, what only one article reports, how each characterises the story, and what
/// each leaves out. Parts with nothing to show are left out, and the whole section when every part is empty.
/// </summary>
internal sealed class CoverageSectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        if (context.Coverage.IsEmpty) return;
        output.Append("<section class=\"coverage\" aria-labelledby=\"coverage-heading\">\n<h2 id=\"coverage-heading\">Coverage</h2>\n");
        HeadlinesWriter.Write(output, context);
        CoverageTableWriter.Write(output, context);
        UniqueFactsWriter.Write(output, context);
        CharacterisationsWriter.Write(output, context);
        OmittedFactsWriter.Write(output, context);
        output.Append("</section>\n");
    }
}
