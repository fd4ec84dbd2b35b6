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
    public void EachMetadataValueShowsWhereItWasRead()
    {
        var fields = Document.QuerySelector("#article-1 dl")!;
        var labels = fields.QuerySelectorAll(".provenance").Select(e => e.TextContent).ToList();
        Assert.Contains("(json-ld datePublished)", labels);
        Assert.Contains("(meta <b>og:site_name</b>)", labels);
        Assert.Contains("Title frommeta og:title", fields.TextContent);
        Assert.Equal("(json-ld datePublished)", Document.QuerySelector("ol.sources li .provenance")!.TextContent);
    }

    [Fact]
    public void HostileQuoteAndConflictTextIsTextNeverElements()
    {
        var quotes = Document.QuerySelector("section.quotes")!;
        Assert.Contains(RenderFixtures.Script, quotes.TextContent);
        Assert.Contains("<i>Kyiv</i>", quotes.QuerySelector("h3 .role")!.TextContent);
        Assert.Contains("[+<script>deal</script>+]", quotes.QuerySelector(".variant .diff")!.TextContent);
        var conflicts = Document.QuerySelector("section.conflicts")!;
        Assert.Equal("who said \"no deal\"", conflicts.QuerySelector("h3")!.TextContent);
        Assert.Equal(["Kyiv’s envoy", RenderFixtures.Script, "twice " + RenderFixtures.Image, "second"], conflicts.QuerySelectorAll(".claim-value").Select(e => e.TextContent));
        var numbers = Document.QuerySelector("section.numbers")!;
        Assert.Equal("<i>troops</i>", numbers.QuerySelector("li strong")!.TextContent);
        Assert.Contains(RenderFixtures.Image + " twice", numbers.QuerySelector(".claim-value")!.TextContent);
        Assert.Empty(Document.QuerySelectorAll("section.quotes i, section.quotes img, section.conflicts script, section.conflicts img, section.numbers i, section.numbers img"));
    }

    [Fact]
    public void QuotesAreGroupedBySpeakerWithUnknownLast()
    {
        var headings = Document.QuerySelectorAll("section.quotes h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Kyiv’s envoy envoy of <i>Kyiv</i>", "Speaker unknown or disputed"], headings);
    }

    [Fact]
    public void QuoteAndClaimCitationsShowTheirWordsAndLinkToThemInTheArticle()
    {
        var pop = Document.GetElementById("quote-1-1")!;
        Assert.Equal("“Kyiv’s envoy said “no deal”", pop.QuerySelector(".cite-quote")!.TextContent);
        var anchor = pop.QuerySelector("a")!.GetAttribute("href")![1..];
        Assert.Contains("no deal", Document.GetElementById(anchor)!.TextContent);
        var claim = Document.GetElementById("claim-1-2")!;
        Assert.Equal("“Officials met in Geneva on Monday”", claim.QuerySelector(".cite-quote")!.TextContent);
        Assert.Equal("second.txt", claim.QuerySelector(".cite-outlet")!.TextContent);
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
