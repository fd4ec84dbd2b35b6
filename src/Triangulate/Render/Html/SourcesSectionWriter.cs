using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Html;

/// <summary>The numbered list of articles the citations refer to.</summary>
internal sealed class SourcesSectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        output.Append("<section aria-labelledby=\"sources-heading\">\n<h2 id=\"sources-heading\">Sources</h2>\n<ol class=\"sources\">\n");
        var articles = context.Briefing.Articles;
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            output.Append("<li><a href=\"#").Append(HtmlContext.ArticleAnchor(i + 1)).Append("\"><strong>")
                .Append(HtmlText.Encode(BriefingIndex.Label(article))).Append("</strong></a>");
            if (BriefingIndex.NonBlank(article.Title) is { } title && article.Outlet is not null)
                output.Append(" — <span class=\"source-title\">").Append(HtmlText.Encode(title)).Append("</span>");
            if (article.Published is { } published)
            {
                output.Append(" — ").Append(HtmlText.Encode(published.ToIso()));
                if (ProvenanceLabel.Of(article, MetadataField.Published) is { } source)
                    output.Append(" <span class=\"provenance\">(").Append(HtmlText.Encode(source)).Append(")</span>");
            }
            output.Append("</li>\n");
        }
        output.Append("</ol>\n</section>\n");
    }
}
