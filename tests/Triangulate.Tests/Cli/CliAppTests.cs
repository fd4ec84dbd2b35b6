using System.Text.Json;
using Triangulate.Cli;
using Triangulate.Tests.Render;

namespace Triangulate.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("triangulate-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string[] Samples => RenderFixtures.SampleFiles();

    [Fact]
    public async Task BriefOfTheSampleWritesMarkdown()
    {
        var run = await CliRun.RunAsync(["brief", .. Samples]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("# ", run.Out);
        Assert.Contains("## Summary", run.Out);
        Assert.Matches(@"\[1\]", run.Out);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("md")]
    public async Task FormatOptionPicksTheRenderer(string format)
    {
        var run = await CliRun.RunAsync(["brief", "--format", format, "--words", "60", .. Samples]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        switch (format)
        {
            case "json":
                Assert.Equal("triangulate.briefing/1", JsonDocument.Parse(run.Out).RootElement.GetProperty("schema").GetString());
                break;
            case "html":
                Assert.StartsWith("<!DOCTYPE html>", run.Out);
                break;
            default:
                Assert.StartsWith("# ", run.Out);
                break;
        }
    }

    [Fact]
    public async Task WordsBudgetIsPassedOn()
    {
        var run = await CliRun.RunAsync(["brief", "--format", "json", "--words", "40", .. Samples]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var words = JsonDocument.Parse(run.Out).RootElement.GetProperty("summary").EnumerateArray()
            .Sum(s => s.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.InRange(words, 0, 40);
    }

    [Fact]
    public async Task MissingFileAmongGoodOnesIsOneWarning()
    {
        var missing = Path.Combine(folder, "missing.txt");
        var run = await CliRun.RunAsync(["brief", Samples[0], missing, Samples[1]]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"triangulate: {missing}: ", line);
        Assert.NotEmpty(run.Out);
    }

    [Fact]
    public async Task NoUsableInputExitsOne()
    {
        var empty = Path.Combine(folder, "empty.txt");
        await File.WriteAllBytesAsync(empty, []);
        var blank = Path.Combine(folder, "blank.txt");
        await File.WriteAllTextAsync(blank, " \n\n \t\n");
        var run = await CliRun.RunAsync(["brief", Path.Combine(folder, "missing.txt"), empty, blank]);
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(4, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, line => Assert.StartsWith("triangulate: ", line));
        Assert.Equal("triangulate: no usable input", run.ErrorLines[^1]);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("brief", "--bogus", "x.txt")]
    [InlineData("brief", "--format", "pdf", "x.txt")]
    [InlineData("brief", "--words", "0", "x.txt")]
    [InlineData("brief", "--words", "many", "x.txt")]
    [InlineData("brief")]
    [InlineData("extract")]
    [InlineData("summarise", "x.txt")]
    [InlineData]
    public async Task UsageErrorsExitTwo(params string[] args)
    {
        var run = await CliRun.RunAsync(args);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("triangulate: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task HelpExitsZero()
    {
        var run = await CliRun.RunAsync("brief", "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--format", run.Out);
        Assert.Contains("--words", run.Out);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public async Task OutputDoesNotDependOnInputOrder(string format)
    {
        // A copy of the sample's articles, named as a directory and as files in reverse order.
        var dir = Path.Combine(folder, "sample");
        Directory.CreateDirectory(dir);
        foreach (var file in Samples) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        var reversed = Directory.GetFiles(dir).Order(StringComparer.Ordinal).Reverse().ToArray();

        var fromDirectory = await CliRun.RunAsync("brief", "--format", format, dir);
        var fromFiles = await CliRun.RunAsync(["brief", "--format", format, .. reversed]);
        Assert.Equal(ExitCodes.Success, fromDirectory.ExitCode);
        Assert.Equal(ExitCodes.Success, fromFiles.ExitCode);
        Assert.Equal(fromDirectory.Out, fromFiles.Out);
        Assert.Equal(fromDirectory.Out, (await CliRun.RunAsync("brief", "--format", format, dir)).Out);
    }

    [Fact]
    public async Task OutputFileIsWrittenAndStdoutStaysEmpty()
    {
        var target = Path.Combine(folder, "report.html");
        await File.WriteAllTextAsync(target, "old");
        var run = await CliRun.RunAsync(["brief", "-o", target, .. Samples]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Out);
        var bytes = await File.ReadAllBytesAsync(target);
        Assert.Equal((byte)'<', bytes[0]); // format from the extension; UTF-8 without a byte order mark
        Assert.StartsWith("<!DOCTYPE html>", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(["report.html"], Directory.GetFiles(folder).Select(Path.GetFileName)); // no temporary file left
    }

    [Fact]
    public async Task UnwritableOutputIsOneLineAndExitOne()
    {
        var target = Path.Combine(folder, "no-such-dir", "out.md");
        var run = await CliRun.RunAsync(["brief", "-o", target, .. Samples]);
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"triangulate: {target}: cannot write", line);
    }

    [Fact]
    public async Task ExtractPrintsOneArticlePerLine()
    {
        var run = await CliRun.RunAsync(["extract", .. Samples.Reverse()]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Equal(Samples.Length, lines.Length - 1);
        Assert.Equal("", lines[^1]);
        var sources = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToArray();
        Assert.Equal(Samples, sources);
    }
}
