using System.Text;
namespace Triangulate.Render.Html;

/// <summary>Left out: per article, the well-supported facts it does not report (shortened, capped), with the numbers of the articles that do.</summary>
internal static class OmittedFactsWriter
{
    private const int FactTextMax = 100;

    public static void Write(StringBuilder output, HtmlContext context)
    {
        if (!context.Coverage.HasOmitted) return;
        output.Append("<h3>Left out</h3>\n<ul class=\"fact-list omitted\">\n");
        foreach (var covered in context.Coverage.Articles.Where(a => a.Omitted.Count > 0))
        {
            output.Append("<li><strong>").Append(HtmlText.Encode(BriefingIndex.Label(covered.Article))).Append("</strong> <span class=\"role\">[")
                .Append(covered.Number).Append("]</span> does not report:\n<ul>\n");
            foreach (var fact in covered.Omitted.Take(CoverageListing.PerArticleMax))
            {
                var numbers = fact.Citations.Select(c => context.Index.Number(c.Article)).Where(n => n > 0).Distinct().Order().ToList();
                output.Append("<li>").Append(HtmlText.Encode(ShortText.Of(fact.Text, FactTextMax)));
                if (numbers.Count > 0)
                    output.Append(" <span class=\"role\">(reported by ").AppendJoin("", numbers.Select(n => $"<a href=\"#{HtmlContext.ArticleAnchor(n)}\">[{n}]</a>")).Append(")</span>");
                output.Append("</li>\n");
            }
            if (covered.Omitted.Count > CoverageListing.PerArticleMax)
                output.Append("<li class=\"role\">and ").Append(covered.Omitted.Count - CoverageListing.PerArticleMax).Append(" more</li>\n");
            output.Append("</ul>\n</li>\n");
        }
        output.Append("</ul>\n");
    }
}
