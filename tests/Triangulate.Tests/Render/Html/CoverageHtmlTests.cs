using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Triangulate.Render.Html;

namespace Triangulate.Tests.Render.Html;

public class CoverageHtmlTests
{
    private static readonly IDocument Hostile = new HtmlParser().ParseDocument(new HtmlBriefingRenderer().Render(RenderFixtures.Hostile()));
    private static readonly IDocument Wire = new HtmlParser().ParseDocument(new HtmlBriefingRenderer().Render(RenderFixtures.Wire()));

    [Fact]
    public void HostileTextInTheCoverageSectionIsTextNeverElements()
    {
        var coverage = Hostile.QuerySelector("section.coverage")!;
        Assert.Empty(coverage.QuerySelectorAll("script, b, i, img, svg"));
        Assert.DoesNotContain(coverage.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        var fact = RenderFixtures.Hostile().Facts[1].Text;
        Assert.Equal(fact, coverage.QuerySelector("table.heatmap tbody tr:nth-child(2) th")!.TextContent);
        Assert.Equal(["*Geneva*", "[draft](http://x)", "<b>High-Stakes</b>", "AT&T \"little\" progress"],
            coverage.QuerySelectorAll(".framing").Select(e => e.TextContent));
        Assert.Equal("Wendy \"<script>\" Sherman", coverage.QuerySelector(".characterisations .speaker")!.TextContent);
        Assert.Contains("“frank & <i>forthright</i> | *candid*”", coverage.QuerySelector(".characterisations")!.TextContent);
        Assert.Contains("counted as Agence <i>France</i>", coverage.QuerySelector("ul.headlines")!.TextContent);
        Assert.Equal("Not reported by second.txt", coverage.QuerySelector("td.miss")!.GetAttribute("title"));
        Assert.Equal("Reported by The \"Daily\" </script><script>alert(2)</script>", coverage.QuerySelector("td.hit")!.GetAttribute("title"));
    }

    [Fact]
    public void HeatMapHasARowPerSharedFactACellPerArticleAndShadedSupport()
    {
        var table = Wire.QuerySelector("section.coverage table.heatmap")!;
        Assert.Equal(["Fact", "1", "2", "3", "4", "Sources"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(12, rows.Length);
        Assert.Equal(["hit", "miss", "hit", "hit"], rows[4].QuerySelectorAll("td:not(.support)").Select(td => td.ClassName));
        Assert.Equal("Fact 1 about the Geneva talks.", rows[4].QuerySelector("th")!.TextContent);
        Assert.Equal("support s4", rows[0].QuerySelector("td.support")!.ClassName);
        Assert.Equal("support s3", rows[4].QuerySelector("td.support")!.ClassName); // 2 of 3 distinct sources
        Assert.Empty(table.QuerySelectorAll("td.miss .cite"));
        Assert.Equal(table.QuerySelectorAll("td.hit").Length, table.QuerySelectorAll("td.hit .cite").Length);
        Assert.Contains("1 more fact is", Wire.QuerySelector("section.coverage .legend")!.TextContent);
    }

    [Fact]
    public void HeatMapCitationsShowTheFactInThatArticleAndLinkToItsMarkedWords()
    {
        var pop = Wire.GetElementById("coverage-5-3")!; // "Fact 1" in Bloomberg
        Assert.Equal("“Fact 1 about the Geneva talks.”", pop.QuerySelector(".cite-quote")!.TextContent);
        Assert.Equal("Bloomberg", pop.QuerySelector(".cite-outlet")!.TextContent);
        var marks = Wire.QuerySelectorAll("mark[id]").Select(m => m.Id).ToHashSet();
        foreach (var link in Wire.QuerySelectorAll("section.coverage .cite-pop a"))
            Assert.Contains(link.GetAttribute("href")![1..], marks);
        var ids = Wire.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void PartsMatchTheMarkdownAndEmptyOnesAreLeftOut()
    {
        var headings = Wire.QuerySelectorAll("section.coverage h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Headlines", "Reported by two or more sources", "Only in Reuters [1]", "Characterisations", "Left out"], headings);
        Assert.Equal(6, Wire.QuerySelectorAll("section.coverage h3 + ul.fact-list:not(.characterisations):not(.omitted) > li").Length); // five facts and "and 2 more"
        Assert.Contains("wire copy of [3]; counted as Bloomberg; machine-translated", Wire.QuerySelector("ul.headlines")!.TextContent);
        var none = new HtmlParser().ParseDocument(new HtmlBriefingRenderer().Render(RenderFixtures.Hostile() with { Facts = [], Coverage = [] }));
        Assert.Null(none.QuerySelector("section.coverage"));
    }
}
