using System.Text;
using Triangulate.Cli;

namespace Triangulate.Tests.Cli;

/// <summary>A page cut at the markup limit is still read, and the user is told the article may be incomplete.</summary>
public sealed class TruncatedPageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("triangulate-cli-truncated-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Extract_keeps_a_cut_page_and_warns_once_about_it()
    {
        var page = new StringBuilder("<html><head><title>Endless page</title></head><body><article>");
        for (var i = 0; page.Length < 9_000_000; i++)
            page.Append("<p>Paragraph ").Append(i).Append(" of a page that goes on and on about the talks in Geneva.</p>\n");
        page.Append("</article></body></html>");
        var path = Path.Combine(folder, "endless.html");
        await File.WriteAllTextAsync(path, page.ToString());

        var run = await CliRun.RunAsync("extract", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Paragraph 0 of a page", run.Out, StringComparison.Ordinal);
        var warning = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"triangulate: {path}: page too large: the last ", warning, StringComparison.Ordinal);
        Assert.EndsWith("were not read; the article may be incomplete", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ordinary_page_gives_no_warning()
    {
        var path = Path.Combine(folder, "short.html");
        await File.WriteAllTextAsync(path, "<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>The talks in Geneva went on for hours and ended without a deal, officials said on Monday.</p></article></body></html>");

        var run = await CliRun.RunAsync("extract", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.ErrorLines);
    }
}
