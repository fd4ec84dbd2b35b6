using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Triangulate.Render.Html;

namespace Triangulate.Tests.Render.Html;

public class HtmlBriefingRendererTests
{
    private static readonly string Output = new HtmlBriefingRenderer().Render(RenderFixtures.Hostile());
    private static readonly IDocument Document = new HtmlParser().ParseDocument(Output);

    [Fact]
    public void ArticleMarkupIsTextNeverElements()
    {
        var scripts = Document.QuerySelectorAll("script");
        Assert.Single(scripts);
        Assert.Equal(HtmlAssets.Script, scripts[0].TextContent);
        Assert.Empty(Document.QuerySelectorAll("img, svg, iframe, object, embed, b, i, u, em, form, base, link"));
        Assert.DoesNotContain(Document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(Document.QuerySelectorAll("a[href]"),
            a => !a.GetAttribute("href")!.StartsWith('#') && !a.GetAttribute("href")!.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public void ArticleMarkupIsVisibleAsText()
    {
        var summary = Document.QuerySelector("section.summary")!.TextContent;
        Assert.Contains(RenderFixtures.Script, summary);
        Assert.Contains(RenderFixtures.Image, summary);
        var body = Document.QuerySelector("#article-1 .body")!.TextContent;
        Assert.Contains(RenderFixtures.Script, body);
        Assert.Contains(RenderFixtures.Image, body);
        Assert.Contains("Subscribe <a href=x>now</a>", Document.QuerySelector("#article-1 ul.removed")!.TextContent);
        Assert.Contains("\"><svg onload=alert(3)>", Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("en\" onmouseover=\"alert(5)", Document.QuerySelector("#article-1")!.GetAttribute("lang"));
        Assert.Contains("javascript:alert(4)", Document.QuerySelector("#article-1 dl")!.TextContent);
    }

    [Fact]
    public void ContentSecurityPolicyForbidsNetworkLoads()
    {
        var csp = Document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.StartsWith("default-src 'none';", csp);
        Assert.DoesNotContain("http", csp);
        Assert.Empty(Document.QuerySelectorAll("link, [src]"));
        Assert.Single(Document.QuerySelectorAll("style"));
    }

    [Fact]
    public void EachCitationIsAButtonWithItsSourceWordsAndOutlet()
    {
        var briefing = RenderFixtures.Hostile();
        var cites = Document.QuerySelectorAll("section.summary .cite");
        Assert.Equal(briefing.Summary.Sum(s => s.Citations.Count), cites.Length);
        var first = cites[0];
        var button = first.QuerySelector("button.cite-btn")!;
        Assert.Equal("1", button.TextContent);
        var pop = Document.GetElementById(button.GetAttribute("aria-controls")!)!;
        Assert.Equal("“Officials met in Geneva on Monday.”", pop.QuerySelector(".cite-quote")!.TextContent);
        Assert.Equal(briefing.Articles[0].Outlet, pop.QuerySelector(".cite-outlet")!.TextContent);
        // The second article has no outlet or title: its source names it.
        Assert.Equal("second.txt", cites[1].QuerySelector(".cite-outlet")!.TextContent);
        // "in context" leads to the marked words in the article text.
        var anchor = pop.QuerySelector("a")!.GetAttribute("href")![1..];
        Assert.Equal("Officials met in Geneva on Monday.", Document.GetElementById(anchor)!.TextContent);
    }

    [Fact]
    public void SampleReportIsDeterministicAndMarksEveryCitation()
    {
        var renderer = new HtmlBriefingRenderer();
        var html = renderer.Render(RenderFixtures.Sample());
        Assert.Equal(html, renderer.Render(RenderFixtures.Sample()));
        var document = new HtmlParser().ParseDocument(html);
        var marks = document.QuerySelectorAll("mark[id]").Select(m => m.Id).ToHashSet();
        foreach (var link in document.QuerySelectorAll(".cite-pop a"))
            Assert.Contains(link.GetAttribute("href")![1..], marks);
        Assert.DoesNotContain('\r', html);
        Assert.EndsWith("</html>\n", html);
    }
}
