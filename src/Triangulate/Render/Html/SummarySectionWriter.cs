using System.Text;

namespace Triangulate.Render.Html;

/// <summary>The summary: one paragraph per sentence, each citation a <see cref="CitationButton"/>.</summary>
internal sealed class SummarySectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        output.Append("<section class=\"summary\" aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n");
        var summary = context.Briefing.Summary;
        if (summary.Count == 0) output.Append("<p>No summary sentences (none fits the word budget, or the articles hold none).</p>\n");
        for (var s = 0; s < summary.Count; s++)
        {
            output.Append("<p>").Append(HtmlText.Encode(summary[s].Text)).Append(' ');
            for (var c = 0; c < summary[s].Citations.Count; c++)
                CitationButton.Write(output, context, summary[s].Citations[c], $"cite-{s + 1}-{c + 1}");
            if (SingleSource.OnlyIn(context.Index, summary[s]) is { } source)
                output.Append(" <span class=\"only-in\">only in ").Append(HtmlText.Encode(source)).Append("</span>");
            output.Append("</p>\n");
        }
        output.Append("</section>\n");
    }
}
