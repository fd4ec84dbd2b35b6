using System.Text;
using Triangulate.Diagnostics;
using Triangulate.Ingest;
using Triangulate.Ingest.Sources;
using Triangulate.Tests.Ingest.Containers;

namespace Triangulate.Tests.Ingest.Sources;

public sealed class InputLoaderContainerTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("triangulate-containers-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Feed(string link) => Samples.Rss(
        Samples.RssItem("Embedded", "https://news.example.com/e", content: Samples.Paragraphs)
        + Samples.RssItem("Linked only", link, description: "Read on.", creator: "Jane Doe"));

    [Fact]
    public async Task A_directory_picks_up_feeds_warc_and_json_lines_files()
    {
        Write("a/feed.rss", Encoding.UTF8.GetBytes(Feed("https://news.example.com/l")));
        Write("b/crawl.warc.gz", Samples.GzipMembers(Samples.WarcRecords()));
        Write("c/items.jsonl", Encoding.UTF8.GetBytes(Samples.JsonLines()));
        Write("d/feed.xml", Encoding.UTF8.GetBytes(Samples.Atom()));
        Write(".hidden/crawl.warc", [.. Samples.WarcRecords().SelectMany(r => r)]);
        Write("e/crawl.tar.gz", Samples.Gzip("not an article"u8.ToArray()));

        var result = await new InputLoader(FetchOptions.Default).LoadAsync([root]);

        Assert.Equal(["a/feed.rss#1", "b/crawl.warc.gz#2", "c/items.jsonl#1", "c/items.jsonl#4", "d/feed.xml#1"],
            result.Inputs.Select(i => Path.GetRelativePath(root, i.Source).Replace('\\', '/')));
        Assert.Equal(2, result.Errors.Count); // the feed item without content, the bad JSON line
        Assert.Contains(result.Errors, e => e.Message.StartsWith("item 2 \"Linked only\": no content", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_warc_file_is_streamed_and_its_decompressed_size_is_capped()
    {
        var path = Write("big.warc.gz", Samples.GzipMembers(Enumerable.Repeat(Samples.WarcRecords()[1], 50)));

        var result = await new InputLoader(FetchOptions.Default with { MaxBytes = 30_000 }).LoadAsync([path]);

        Assert.InRange(result.Inputs.Count, 1, 49);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCode.TooLarge, error.Code);
        Assert.Contains($"stopped after record {result.Inputs.Count}", error.Message);
    }

    [Fact]
    public async Task A_feed_on_standard_input_is_sniffed()
    {
        var loader = new InputLoader(FetchOptions.Default, () => new MemoryStream(Encoding.UTF8.GetBytes(Samples.Atom())));
        var input = Assert.Single((await loader.LoadAsync(["-"])).Inputs);
        Assert.Equal("-#1", input.Source);
    }

    private static LocalHttpServer Server() => new(new Dictionary<string, LocalHttpServer.Handler>
    {
        ["/feed"] = async (stream, ct) =>
        {
            // The feed names its item pages on this same server.
            var port = ((System.Net.IPEndPoint)((System.Net.Sockets.NetworkStream)stream).Socket.LocalEndPoint!).Port;
            await LocalHttpServer.Respond(200, "text/xml", Feed($"http://127.0.0.1:{port}/story"))(stream, ct);
        },
        ["/story"] = LocalHttpServer.Respond(200, "text/html; charset=utf-8", Samples.Page("Linked story")),
    });

    [Fact]
    public async Task Feed_items_without_content_are_fetched_over_http_with_follow_links()
    {
        await using var server = Server();
        var result = await new InputLoader(FetchOptions.Default with { FollowLinks = true }).LoadAsync([server.Url("/feed")]);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Inputs.Count);
        var followed = result.Inputs[1];
        Assert.Equal(server.Url("/feed") + "#2", followed.Source);
        Assert.Equal(server.Url("/story"), followed.Url);
        var article = ArticleReader.Read(followed);
        Assert.Equal("Linked story", article.Title); // the page's own title wins over the item's
        Assert.Equal(["Jane Doe"], article.Authors); // the item's author fills what the page does not say
    }

    [Fact]
    public async Task Without_follow_links_or_past_the_link_limit_an_item_without_content_is_a_warning()
    {
        await using var server = Server();
        var off = await new InputLoader(FetchOptions.Default).LoadAsync([server.Url("/feed")]);
        Assert.Single(off.Inputs);
        Assert.EndsWith($"(--follow-links fetches {server.Url("/story")})", Assert.Single(off.Errors).Message);

        var capped = await new InputLoader(FetchOptions.Default with { FollowLinks = true, MaxLinks = 0 }).LoadAsync([server.Url("/feed")]);
        Assert.Contains("more than 0 links to follow", Assert.Single(capped.Errors).Message);
    }
}
