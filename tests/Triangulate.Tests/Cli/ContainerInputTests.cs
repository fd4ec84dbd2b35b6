using System.Text;
using System.Text.Json;
using Triangulate.Cli;
using Triangulate.Tests.Ingest.Containers;

namespace Triangulate.Tests.Cli;

public sealed class ContainerInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("triangulate-cli-containers-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Extract_prints_one_line_per_article_of_a_feed_a_warc_file_and_json_lines()
    {
        var feed = Write("feed.xml", Encoding.UTF8.GetBytes(Samples.Rss(Samples.RssItem("Talks", "https://news.example.com/a", content: Samples.Paragraphs))));
        var warc = Write("crawl.warc.gz", Samples.GzipMembers(Samples.WarcRecords()));
        var lines = Write("items.jsonl", Encoding.UTF8.GetBytes(Samples.JsonLines()));

        var run = await CliRun.RunAsync("extract", feed, warc, lines);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var sources = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!));
        Assert.Equal(["crawl.warc.gz#2", "feed.xml#1", "items.jsonl#1", "items.jsonl#4"], sources);
        Assert.Equal([$"triangulate: {lines}: line 2: \"html\" is not a string; skipped"], run.ErrorLines);
    }

    [Fact]
    public async Task Unusable_containers_are_one_line_each_and_exit_1()
    {
        var feed = Write("broken.rss", "<rss version=\"2.0\"><channel><item>"u8.ToArray());
        var warc = Write("cut.warc.gz", Samples.GzipMembers([Samples.WarcRecords()[1]])[..40]);
        var binary = Write("noise.jsonl", [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 31))]);

        var run = await CliRun.RunAsync("brief", feed, warc, binary);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.All(run.ErrorLines, l => Assert.StartsWith("triangulate: ", l));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"triangulate: {feed}: not a valid feed: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"triangulate: {warc}: ", StringComparison.Ordinal));
        Assert.Equal("triangulate: no usable input", run.ErrorLines[^1]);
    }
}
