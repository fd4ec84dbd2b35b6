using System.Text;

namespace Triangulate.Render.Html;

/// <summary>Where sources disagree: what about, then each side's value with a citation button to its words.</summary>
internal sealed class ConflictsSectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        output.Append("<section class=\"conflicts\" aria-labelledby=\"conflicts-heading\">\n<h2 id=\"conflicts-heading\">Where sources disagree</h2>\n");
        var conflicts = context.Briefing.Conflicts;
        if (conflicts.Count == 0) output.Append("<p>No disagreements found between the sources.</p>\n");
        for (var c = 0; c < conflicts.Count; c++)
        {
            output.Append("<div class=\"conflict\">\n<h3>").Append(HtmlText.Encode(conflicts[c].About)).Append("</h3>\n<ul>\n");
            for (var k = 0; k < conflicts[c].Claims.Count; k++)
            {
                var claim = conflicts[c].Claims[k];
                output.Append("<li><span class=\"claim-value\">").Append(HtmlText.Encode(claim.Value)).Append("</span> ");
                CitationButton.Write(output, context, HtmlContext.ClaimCitation(claim), $"claim-{c + 1}-{k + 1}");
                output.Append("</li>\n");
            }
            output.Append("</ul>\n</div>\n");
        }
        output.Append("</section>\n");
    }
}
