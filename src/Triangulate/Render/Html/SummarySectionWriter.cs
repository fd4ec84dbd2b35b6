using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Html;

/// <summary>
/// The summary: one paragraph per sentence, each citation a button whose note holds the exact
/// cited words, the outlet, and a link to those words in the article text.
/// </summary>
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
                WriteCitation(output, context, summary[s].Citations[c], $"cite-{s + 1}-{c + 1}");
            output.Append("</p>\n");
        }
        output.Append("</section>\n");
    }

    private static void WriteCitation(StringBuilder output, HtmlContext context, Citation citation, string id)
    {
        var article = context.Index.Article(citation.Article);
        if (article is null) return;
        var number = context.Index.Number(citation.Article);
        var label = HtmlText.Encode(BriefingIndex.Label(article));
        output.Append("<span class=\"cite\"><button type=\"button\" class=\"cite-btn\" aria-expanded=\"false\" aria-controls=\"")
            .Append(id).Append("\" aria-describedby=\"").Append(id).Append("\" aria-label=\"Source ").Append(number).Append(": ")
            .Append(label).Append("\">").Append(number).Append("</button>")
            .Append("<span class=\"cite-pop\" id=\"").Append(id).Append("\" role=\"note\">");
        if (context.Index.CitedText(citation) is { } quoted)
            output.Append("<span class=\"cite-quote\">“").Append(HtmlText.Encode(quoted)).Append("”</span>");
        output.Append("<span class=\"cite-by\">— <span class=\"cite-outlet\">").Append(label).Append("</span>");
        if (BriefingIndex.NonBlank(article.Title) is { } title && article.Outlet is not null)
            output.Append(", <span class=\"cite-title\">").Append(HtmlText.Encode(title)).Append("</span>");
        var anchor = context.SpanAnchor(citation) ?? HtmlContext.ArticleAnchor(number);
        output.Append(" · <a href=\"#").Append(anchor).Append("\">in context</a></span></span></span>");
    }
}
