using Triangulate.Diagnostics;
using Triangulate.Ingest.Sources;

namespace Triangulate.Tests.Ingest.Sources;

public sealed class InputLoaderHttpTests
{
    private const string Page = "<!doctype html><html><head><title>Talks</title></head><body><p>Diplomats met in Geneva.</p></body></html>";

    private static LocalHttpServer Server() => new(new Dictionary<string, LocalHttpServer.Handler>
    {
        ["/ok"] = LocalHttpServer.Respond(200, "text/html; charset=utf-8", Page),
        ["/r1"] = LocalHttpServer.Redirect("/ok"),
        ["/r2"] = LocalHttpServer.Redirect("/r1"),
        ["/r3"] = LocalHttpServer.Redirect("/r2"),
        ["/loop"] = LocalHttpServer.Redirect("/loop"),
        ["/slow"] = LocalHttpServer.Slow(TimeSpan.FromSeconds(5)),
        ["/big"] = LocalHttpServer.Endless(2_000_000),
        ["/declared-big"] = LocalHttpServer.Respond(200, "text/html", new string('x', 200_000)),
        ["/text"] = LocalHttpServer.Respond(200, "text/plain; charset=utf-8", "Plain words."),
        ["/image"] = LocalHttpServer.Respond(200, "image/png", "\u0089PNG"),
        ["/error"] = LocalHttpServer.Respond(500, "text/plain", "boom"),
    });

    private static async Task<LoadResult> Load(LocalHttpServer server, FetchOptions options, params string[] paths) =>
        await new InputLoader(options).LoadAsync(paths.Select(server.Url));

    [Fact]
    public async Task Fetches_a_page_with_its_content_type_and_address()
    {
        await using var server = Server();
        var result = await Load(server, FetchOptions.Default, "/ok");

        var input = Assert.Single(result.Inputs);
        Assert.Empty(result.Errors);
        Assert.Equal(server.Url("/ok"), input.Source);
        Assert.Equal(server.Url("/ok"), input.Url);
        Assert.Equal("text/html; charset=utf-8", input.ContentType);
        Assert.Equal(Page, System.Text.Encoding.UTF8.GetString(input.Bytes));
    }

    [Fact]
    public async Task Follows_redirects_up_to_the_limit_and_records_the_final_address()
    {
        await using var server = Server();
        var result = await Load(server, FetchOptions.Default with { MaxRedirects = 3 }, "/r3");

        var input = Assert.Single(result.Inputs);
        Assert.Equal(server.Url("/r3"), input.Source);
        Assert.Equal(server.Url("/ok"), input.Url);
    }

    [Fact]
    public async Task Too_many_redirects_are_unreachable()
    {
        await using var server = Server();
        var result = await Load(server, FetchOptions.Default with { MaxRedirects = 2 }, "/r3", "/loop");

        Assert.Empty(result.Inputs);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCode.Unreachable, e.Code));
        Assert.Contains("redirects", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(server.Url("/r3"), result.Errors[0].Input);
    }

    [Fact]
    public async Task Http_errors_are_unreachable_and_other_inputs_still_load()
    {
        await using var server = Server();
        var result = await Load(server, FetchOptions.Default, "/missing", "/ok", "/error");

        Assert.Single(result.Inputs);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCode.Unreachable, e.Code));
        Assert.Contains("404", result.Errors[0].OneLine, StringComparison.Ordinal);
        Assert.StartsWith(server.Url("/missing"), result.Errors[0].OneLine, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Errors[0].OneLine);
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        await using var server = Server();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await Load(server, FetchOptions.Default with { Timeout = TimeSpan.FromMilliseconds(300) }, "/slow");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCode.Unreachable, error.Code);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Bodies_over_the_cap_are_too_large_whether_declared_or_streamed()
    {
        await using var server = Server();
        var result = await Load(server, FetchOptions.Default with { MaxBytes = 100_000 }, "/big", "/declared-big", "/ok");

        Assert.Single(result.Inputs);
        Assert.Equal([ErrorCode.TooLarge, ErrorCode.TooLarge], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Plain_text_loads_with_its_type_and_images_are_refused()
    {
        await using var server = Server();
        var result = await Load(server, FetchOptions.Default, "/text", "/image");

        Assert.Equal("text/plain; charset=utf-8", Assert.Single(result.Inputs).ContentType);
        Assert.Equal(ErrorCode.Unsupported, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_refused_connection_is_unreachable()
    {
        var result = await new InputLoader(FetchOptions.Default).LoadAsync([$"http://127.0.0.1:{FreePort()}/"]);

        Assert.Equal(ErrorCode.Unreachable, Assert.Single(result.Errors).Code);
    }

    /// <summary>A port that was free a moment ago and has no listener now.</summary>
    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
