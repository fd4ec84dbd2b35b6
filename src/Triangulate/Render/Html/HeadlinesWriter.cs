using System.Text;

namespace Triangulate.Render.Html;

/// <summary>Headlines side by side: each article's label and number, its title, the evaluative words of its headline, and notes on how it counts.</summary>
internal static class HeadlinesWriter
{
    public static void Write(StringBuilder output, HtmlContext context)
    {
        var articles = context.Coverage.Articles;
        if (articles.Count == 0) return;
        output.Append("<h3>Headlines</h3>\n<ul class=\"headlines\">\n");
        foreach (var covered in articles)
        {
            var article = covered.Article;
            var label = BriefingIndex.Label(article);
            output.Append("<li><a href=\"#").Append(HtmlContext.ArticleAnchor(covered.Number)).Append("\"><strong>")
                .Append(HtmlText.Encode(label)).Append("</strong></a> <span class=\"role\">[").Append(covered.Number).Append("]</span>");
            if (BriefingIndex.NonBlank(article.Title) is { } title && title != label)
                output.Append(": <span class=\"source-title\">").Append(HtmlText.Encode(title)).Append("</span>");
            foreach (var words in covered.Coverage.Framing)
                output.Append(" <span class=\"framing\" title=\"framing\">").Append(HtmlText.Encode(words)).Append("</span>");
            var notes = Notes(context, covered);
            if (notes.Count > 0) output.Append(" <span class=\"role\">(").AppendJoin("; ", notes).Append(")</span>");
            output.Append("</li>\n");
        }
        output.Append("</ul>\n");
    }

    /// <summary>Notes as HTML, their article text escaped.</summary>
    private static List<string> Notes(HtmlContext context, CoveredArticle covered)
    {
        var notes = new List<string>();
        if (covered.Coverage.CopyOf is { } copyOf && context.Index.Number(copyOf) is > 0 and var number)
            notes.Add($"wire copy of <a href=\"#{HtmlContext.ArticleAnchor(number)}\">[{number}]</a>");
        if (CoverageListing.CountedAs(covered, context.Index) is { } source) notes.Add("counted as " + HtmlText.Encode(source));
        if (covered.Article.MachineTranslated) notes.Add("machine-translated");
        return notes;
    }
}
