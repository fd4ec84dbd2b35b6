using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Html;

/// <summary>Numbers: each thing two or more sources measure, every source's words with a citation button to them.</summary>
internal sealed class NumbersSectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        output.Append("<section class=\"numbers\" aria-labelledby=\"numbers-heading\">\n<h2 id=\"numbers-heading\">Numbers</h2>\n");
        var groups = context.Briefing.Quantities;
        if (groups.Count == 0) output.Append("<p>No figure is given by more than one source.</p>\n");
        else output.Append("<ul class=\"number-list\">\n");
        for (var g = 0; g < groups.Count; g++)
        {
            output.Append("<li><strong>").Append(HtmlText.Encode(groups[g].About)).Append("</strong>: ");
            for (var v = 0; v < groups[g].Values.Count; v++)
            {
                var value = groups[g].Values[v];
                if (v > 0) output.Append("; ");
                output.Append("<span class=\"claim-value\">").Append(HtmlText.Encode(value.Text)).Append("</span>");
                CitationButton.Write(output, context, HtmlContext.ValueCitation(value), $"number-{g + 1}-{v + 1}");
            }
            if (QuantityDisputes.IsDisputed(context.Briefing, groups[g])) output.Append(" <span class=\"role\">(disputed: see above)</span>");
            output.Append("</li>\n");
        }
        if (groups.Count > 0) output.Append("</ul>\n");
        output.Append("</section>\n");
    }
}
