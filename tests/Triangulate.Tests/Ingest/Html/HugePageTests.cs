using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest.Html;

/// <summary>
/// A 50 MB page (half of it inline scripts, styles, SVG and base64 images) is read whole and right.
/// Memory and time are measured by the bench (<c>bigpage</c>), not asserted here.
/// </summary>
public sealed class HugePageTests
{
    [Fact]
    public void A_50_MB_page_is_read_with_all_its_paragraphs_and_none_of_its_scripts()
    {
        const int target = 50 * 1024 * 1024;
        var page = new StringBuilder(target + 100_000);
        page.Append("<!doctype html><html><head><title>Huge page</title>")
            .Append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Huge page\",\"datePublished\":\"2022-01-10\"}</script></head>")
            .Append("<body><article><h1>Huge page</h1>");
        var script = "<script>var x = \"SCRIPT_TEXT\";" + new string('x', 100_000) + "</script>";
        var svg = "<svg viewBox=\"0 0 24 24\"><text>SVG_TEXT</text>" + string.Concat(Enumerable.Repeat("<path d=\"M0 0L24 24Z\"/>", 4000)) + "</svg>";
        var image = "<img src=\"data:image/png;base64," + new string('A', 100_000) + "\">";
        var paragraphs = 0;
        while (page.Length < target)
        {
            for (var i = 0; i < 300; i++, paragraphs++)
                page.Append("<p>Paragraph ").Append(paragraphs).Append(" says that the talks in Geneva went on for hours and <a href=\"/x\">ended</a> without a deal.</p>\n");
            page.Append(script).Append("<style>.a{color:red}</style>").Append(svg).Append(image);
        }
        page.Append("</article></body></html>");

        var article = ArticleReader.Read(new RawInput("huge.html", Encoding.UTF8.GetBytes(page.ToString())));

        var lines = article.Body.Split("\n\n");
        Assert.Equal(paragraphs, lines.Length);
        Assert.Equal("Paragraph 0 says that the talks in Geneva went on for hours and ended without a deal.", lines[0]);
        Assert.Equal($"Paragraph {paragraphs - 1} says that the talks in Geneva went on for hours and ended without a deal.", lines[^1]);
        Assert.DoesNotContain("SCRIPT_TEXT", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("SVG_TEXT", article.Body, StringComparison.Ordinal);
        Assert.Equal("Huge page", article.Title);
        Assert.Equal(new DateOnly(2022, 1, 10), article.Published?.Date);
    }

    [Fact]
    public void Markup_beyond_the_limit_is_listed_as_removed_and_the_rest_is_read()
    {
        var page = new StringBuilder("<html><head><title>Endless page</title></head><body><article>");
        var paragraphs = 0;
        while (page.Length < 12_000_000)
            page.Append("<p>Paragraph ").Append(paragraphs++).Append(" of a page that goes on and on about the talks in Geneva.</p>\n");
        page.Append("</article></body></html>");

        var article = ArticleReader.Read(new RawInput("endless.html", Encoding.UTF8.GetBytes(page.ToString())));

        var cut = Assert.Single(article.Removed, r => r.Reason == "page too large");
        Assert.Contains("characters of markup", cut.Text, StringComparison.Ordinal);
        var lines = article.Body.Split("\n\n");
        Assert.Equal("Paragraph 0 of a page that goes on and on about the talks in Geneva.", lines[0]);
        Assert.InRange(lines.Length, paragraphs / 2, paragraphs - 1);
        Assert.EndsWith("about the talks in Geneva.", lines[^1], StringComparison.Ordinal);
    }
}
