using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Html;

/// <summary>
/// One card per article: what the source says about itself (each value with where it was read), what ingest removed and why, and the
/// clean text with the cited words marked (collapsed).
/// </summary>
internal sealed class ArticlesSectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        output.Append("<section aria-labelledby=\"articles-heading\">\n<h2 id=\"articles-heading\">Articles</h2>\n");
        var articles = context.Briefing.Articles;
        for (var i = 0; i < articles.Count; i++) WriteArticle(output, context, i + 1, articles[i]);
        output.Append("</section>\n");
    }

    private static void WriteArticle(StringBuilder output, HtmlContext context, int number, Article article)
    {
        output.Append("<article id=\"").Append(HtmlContext.ArticleAnchor(number)).Append('"');
        if (BriefingIndex.NonBlank(article.Language) is { } language)
            output.Append(" lang=\"").Append(HtmlText.Encode(language)).Append('"');
        output.Append(">\n<h3>[").Append(number).Append("] ")
            .Append(HtmlText.Encode(BriefingIndex.NonBlank(article.Title) ?? BriefingIndex.Label(article))).Append("</h3>\n<dl class=\"fields\">\n");
        if (BriefingIndex.NonBlank(article.Title) is not null) Field(output, "Title from", HtmlText.Encode(ProvenanceLabel.Of(article, MetadataField.Title)));
        Field(output, "Outlet", HtmlText.Encode(article.Outlet), article, MetadataField.Outlet);
        Field(output, "Original outlet", HtmlText.Encode(article.OriginalOutlet), article, MetadataField.OriginalOutlet);
        Field(output, "Published", Time(article.Published), article, MetadataField.Published);
        Field(output, "Updated", Time(article.Updated), article, MetadataField.Updated);
        Field(output, "Authors", HtmlText.Encode(string.Join(", ", article.Authors)), article, MetadataField.Authors);
        Field(output, "Language", HtmlText.Encode(article.Language), article, MetadataField.Language);
        if (article.MachineTranslated) Field(output, "Machine-translated", "yes");
        Field(output, "Credits", HtmlText.Encode(string.Join("; ", article.Credits)));
        Field(output, "URL", Url(article.Url), article, MetadataField.Url);
        Field(output, "Source", HtmlText.Encode(article.Source));
        output.Append("</dl>\n");
        WriteRemoved(output, article);
        WriteBody(output, context, number, article);
        output.Append("</article>\n");
    }

    /// <summary>A field whose value has a recorded source: the label follows the value.</summary>
    private static void Field(StringBuilder output, string name, string html, Article article, string field)
    {
        if (string.IsNullOrWhiteSpace(html)) return;
        if (ProvenanceLabel.Of(article, field) is { } source)
            html += " <span class=\"provenance\">(" + HtmlText.Encode(source) + ")</span>";
        Field(output, name, html);
    }

    private static void Field(StringBuilder output, string name, string html)
    {
        if (string.IsNullOrWhiteSpace(html)) return;
        output.Append("<dt>").Append(name).Append("</dt><dd>").Append(html).Append("</dd>\n");
    }

    private static string Time(PublicationTime? time)
    {
        if (time is null) return "";
        var iso = HtmlText.Encode(time.ToIso());
        return $"<time datetime=\"{iso}\">{iso}</time>";
    }

    private static string Url(string? url)
    {
        var text = HtmlText.Encode(url);
        return HtmlText.SafeHref(url) is { } href
            ? $"<a href=\"{href}\" rel=\"noopener noreferrer nofollow\">{text}</a>"
            : text;
    }

    private static void WriteRemoved(StringBuilder output, Article article)
    {
        if (article.Removed.Count == 0) return;
        output.Append("<details><summary>Removed by ingest (").Append(article.Removed.Count).Append(")</summary>\n<ul class=\"removed\">\n");
        foreach (var removed in article.Removed)
            output.Append("<li><span class=\"reason\">").Append(HtmlText.Encode(removed.Reason)).Append("</span>")
                .Append(HtmlText.Encode(removed.Text)).Append("</li>\n");
        output.Append("</ul>\n</details>\n");
    }

    /// <summary>The body as paragraphs, with each cited range in a &lt;mark&gt; that citations link to.</summary>
    private static void WriteBody(StringBuilder output, HtmlContext context, int number, Article article)
    {
        var body = article.Body;
        var ranges = context.CitedRanges(article.Id);
        output.Append("<details><summary>Article text</summary>\n<div class=\"body\">\n");
        var r = 0;
        for (var start = 0; start <= body.Length;)
        {
            var end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = body.Length;
            output.Append("<p>");
            var pos = start;
            while (r < ranges.Count && ranges[r].Start < end)
            {
                var range = ranges[r];
                var from = Math.Max(range.Start, pos);
                var to = Math.Min(range.End, end);
                output.Append(HtmlText.Encode(body[pos..from])).Append("<mark");
                if (from == range.Start) output.Append(" id=\"").Append(HtmlContext.SpanAnchor(number, range)).Append('"');
                output.Append('>').Append(HtmlText.Encode(body[from..to])).Append("</mark>");
                pos = to;
                if (range.End > end) break; // continues in the next paragraph
                r++;
            }
            output.Append(HtmlText.Encode(body[pos..end])).Append("</p>\n");
            start = end + 2;
        }
        output.Append("</div>\n</details>\n");
    }
}
