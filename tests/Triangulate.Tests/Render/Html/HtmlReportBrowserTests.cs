using Microsoft.Playwright;
using Triangulate.Model;
using Triangulate.Render;
using Triangulate.Render.Html;

namespace Triangulate.Tests.Render.Html;

/// <summary>The HTML report in a real headless Chromium (Debian's /usr/bin/chromium; no browser is downloaded).</summary>
public sealed class HtmlReportBrowserTests : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly string folder = Directory.CreateTempSubdirectory("triangulate-html-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private sealed record LoadedPage(IPage Page, List<string> Problems, IAsyncDisposable Owner);

    private sealed class Owner(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private async Task<LoadedPage> OpenAsync(Briefing briefing)
    {
        var path = Path.Combine(folder, "report.html");
        await File.WriteAllTextAsync(path, new HtmlBriefingRenderer().Render(briefing));
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 800 } });
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"failed request: {request.Url}");
        page.Request += (_, request) => { if (!request.Url.StartsWith("file:", StringComparison.Ordinal)) problems.Add($"request: {request.Url}"); };
        page.Dialog += async (_, dialog) => { problems.Add($"dialog: {dialog.Message}"); await dialog.DismissAsync(); };
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new LoadedPage(page, problems, new Owner(playwright, browser));
    }

    [SkippableFact]
    public async Task CitationRevealsItsSourceSentenceAndOutlet()
    {
        Skip.IfNot(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium) to run browser tests");
        var briefing = RenderFixtures.Sample();
        Assert.NotEmpty(briefing.Summary);
        var (page, problems, owner) = await OpenAsync(briefing);
        await using var _ = owner;

        var citation = briefing.Summary[0].Citations[0];
        var article = briefing.Articles.Single(a => a.Id == citation.Article);
        var sentence = article.Body[citation.Start..citation.End];
        var label = BriefingIndex.Label(article);

        var button = page.Locator("section.summary .cite-btn").First;
        var pop = page.Locator("#" + await button.GetAttributeAsync("aria-controls"));
        Assert.False(await pop.IsVisibleAsync());

        // Hover shows the exact cited words and the outlet.
        await button.HoverAsync();
        Assert.True(await pop.IsVisibleAsync());
        Assert.Equal($"“{sentence}”", await pop.Locator(".cite-quote").InnerTextAsync());
        Assert.Equal(label, await pop.Locator(".cite-outlet").InnerTextAsync());
        Assert.True(await pop.Locator(".cite-quote").IsVisibleAsync());
        Assert.True(await pop.Locator(".cite-outlet").IsVisibleAsync());

        // Moving away hides it; a click pins it open, Escape closes it.
        await page.Mouse.MoveAsync(990, 790);
        Assert.False(await pop.IsVisibleAsync());
        await button.ClickAsync();
        await page.Mouse.MoveAsync(990, 790);
        Assert.True(await pop.IsVisibleAsync());
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await pop.IsVisibleAsync());

        // Keyboard: Tab reaches the citation buttons and Enter opens one.
        await page.Locator("body").ClickAsync(new LocatorClickOptions { Position = new Position { X = 5, Y = 5 } });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await pop.IsVisibleAsync());

        // "in context" opens the article text at the cited words.
        await pop.Locator("a").ClickAsync();
        var mark = page.Locator("mark:target");
        Assert.True(await mark.IsVisibleAsync());
        Assert.Contains(sentence, await mark.InnerTextAsync());

        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task HostileArticleTextRunsNothing()
    {
        Skip.IfNot(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium) to run browser tests");
        var (page, problems, owner) = await OpenAsync(RenderFixtures.Hostile());
        await using var _ = owner;
        await page.Locator("section.summary .cite-btn").Nth(2).HoverAsync();
        await page.Locator("#article-1 details summary").Last.ClickAsync();
        Assert.Equal(0, await page.Locator("img, svg").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync());
        Assert.Contains(RenderFixtures.Script, await page.Locator("section.summary").InnerTextAsync());
        Assert.Contains(RenderFixtures.Image, await page.Locator("#article-1 .body").InnerTextAsync());
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task CoverageHeatMapShadesReportedAndMissingCellsApart()
    {
        Skip.IfNot(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium) to run browser tests");
        var (page, problems, owner) = await OpenAsync(RenderFixtures.Wire());
        await using var _ = owner;
        var table = page.Locator("section.coverage table.heatmap");
        Assert.True(await table.IsVisibleAsync());
        var hit = table.Locator("td.hit").First;
        var miss = table.Locator("td.miss").First;
        Assert.True(await hit.IsVisibleAsync());
        Assert.True(await miss.IsVisibleAsync());
        var box = await miss.BoundingBoxAsync();
        Assert.True(box is { Width: > 20, Height: > 20 }, "an empty cell keeps its size");

        static Task<string> Background(ILocator cell) => cell.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var hitColour = await Background(hit);
        var missColour = await Background(miss);
        Assert.NotEqual(hitColour, missColour);
        Assert.NotEqual("rgba(0, 0, 0, 0)", missColour);
        Assert.Equal(hitColour, await Background(table.Locator("td.hit").Last));
        // Support is shaded by its share of the sources: all three apart from two of three.
        Assert.NotEqual(await Background(table.Locator("td.support.s4").First), await Background(table.Locator("td.support.s3").First));

        // A shaded cell's button shows the article's words for the fact.
        var button = table.Locator("tbody tr").Nth(4).Locator("td.hit .cite-btn").Nth(1);
        await button.HoverAsync();
        var pop = page.Locator("#" + await button.GetAttributeAsync("aria-controls"));
        Assert.True(await pop.IsVisibleAsync());
        Assert.Equal("“Fact 1 about the Geneva talks.”", await pop.Locator(".cite-quote").InnerTextAsync());
        Assert.Empty(problems);
    }
}
