using System.Text;

namespace Triangulate.Render.Html;

/// <summary>
/// The coverage heat map: one row per fact two or more sources report (capped, the rest counted),
/// one column per article, each cell shaded when the article reports the fact and holding a citation
/// button to its words there, and a last column of distinct sources shaded by their share of all sources.
/// </summary>
internal static class CoverageTableWriter
{
    public static void Write(StringBuilder output, HtmlContext context)
    {
        var listing = context.Coverage;
        if (listing.MatrixFacts.Count == 0) return;
        var articles = context.Briefing.Articles;
        output.Append("<h3 id=\"coverage-matrix-heading\">Reported by two or more sources</h3>\n")
            .Append("<table class=\"heatmap\" aria-labelledby=\"coverage-matrix-heading\">\n<thead><tr><th scope=\"col\" class=\"fact\">Fact</th>");
        for (var a = 0; a < articles.Count; a++)
            output.Append("<th scope=\"col\" title=\"").Append(HtmlText.Encode(ColumnTitle(articles[a]))).Append("\"><a href=\"#")
                .Append(HtmlContext.ArticleAnchor(a + 1)).Append("\">").Append(a + 1).Append("</a></th>");
        output.Append("<th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n");
        for (var f = 0; f < listing.MatrixFacts.Count; f++)
        {
            var fact = listing.MatrixFacts[f];
            output.Append("<tr><th scope=\"row\" class=\"fact\">").Append(HtmlText.Encode(fact.Text)).Append("</th>");
            for (var a = 0; a < articles.Count; a++)
            {
                var label = HtmlText.Encode(BriefingIndex.Label(articles[a]));
                if (CoverageListing.CitationIn(fact, articles[a].Id) is { } citation)
                {
                    output.Append("<td class=\"hit\" title=\"Reported by ").Append(label).Append("\">");
                    CitationButton.Write(output, context, citation, $"coverage-{f + 1}-{a + 1}");
                    output.Append("</td>");
                }
                else
                    output.Append("<td class=\"miss\" title=\"Not reported by ").Append(label).Append("\"></td>");
            }
            output.Append("<td class=\"support s").Append(listing.SupportLevel(fact)).Append("\" title=\"")
                .Append(fact.Support).Append(fact.Support == 1 ? " source" : " distinct sources").Append("\">").Append(fact.Support).Append("</td></tr>\n");
        }
        output.Append("</tbody>\n</table>\n<p class=\"legend\">A shaded cell: the article reports the fact (its button shows the words). Sources: distinct sources that report it; a wire story and its copies count once.");
        if (listing.MoreMatrixFacts > 0)
            output.Append(' ').Append(listing.MoreMatrixFacts).Append(listing.MoreMatrixFacts == 1 ? " more fact is" : " more facts are")
                .Append(" reported by two or more sources (all are in the JSON output).");
        output.Append("</p>\n");
    }

    private static string ColumnTitle(Model.Article article) =>
        BriefingIndex.NonBlank(article.Title) is { } title && title != BriefingIndex.Label(article)
            ? BriefingIndex.Label(article) + " — " + title
            : BriefingIndex.Label(article);
}
