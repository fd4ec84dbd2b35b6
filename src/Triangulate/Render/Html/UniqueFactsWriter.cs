using System.Text;

namespace Triangulate.Render.Html;

/// <summary>"Only in …": per article, the facts no other source reports (capped, the rest counted), each with a citation button to its words.</summary>
internal static class UniqueFactsWriter
{
    public static void Write(StringBuilder output, HtmlContext context)
    {
        foreach (var covered in context.Coverage.Articles.Where(a => a.Unique.Count > 0))
        {
            output.Append("<h3>Only in ").Append(HtmlText.Encode(BriefingIndex.Label(covered.Article)))
                .Append(" <span class=\"role\">[").Append(covered.Number).Append("]</span></h3>\n<ul class=\"fact-list\">\n");
            var shown = covered.Unique.Take(CoverageListing.PerArticleMax).ToList();
            for (var f = 0; f < shown.Count; f++)
            {
                output.Append("<li><span class=\"quote-text\">").Append(HtmlText.Encode(shown[f].Text)).Append("</span> ");
                if (HtmlContext.FactCitation(shown[f], covered.Article.Id) is { } citation)
                    CitationButton.Write(output, context, citation, $"only-{covered.Number}-{f + 1}");
                output.Append("</li>\n");
            }
            if (covered.Unique.Count > shown.Count)
                output.Append("<li class=\"role\">and ").Append(covered.Unique.Count - shown.Count).Append(" more</li>\n");
            output.Append("</ul>\n");
        }
    }
}
