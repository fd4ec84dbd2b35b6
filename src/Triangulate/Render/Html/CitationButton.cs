using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Html;

/// <summary>
/// A citation as a button whose note (shown on hover, focus or click) holds the exact cited words,
/// the outlet, and a link to those words in the article text. Ids must be unique in the page.
/// </summary>
internal static class CitationButton
{
    public static void Write(StringBuilder output, HtmlContext context, Citation citation, string id)
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
