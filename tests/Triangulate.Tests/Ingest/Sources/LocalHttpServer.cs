using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Triangulate.Tests.Ingest.Sources;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for fetch tests: each request's
/// path is looked up in a table of handlers that write the raw response; one request per connection.
/// </summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    public delegate Task Handler(Stream response, CancellationToken cancellationToken);

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, Handler> handlers;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LocalHttpServer(Dictionary<string, Handler> handlers)
    {
        this.handlers = handlers;
        listener.Start();
        loop = Task.Run(AcceptLoop);
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}{path}";

    public static Handler Respond(int status, string contentType, string body, params string[] headers) => async (stream, ct) =>
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} {Reason(status)}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n"
            + string.Concat(headers.Select(h => h + "\r\n")) + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        await stream.WriteAsync(bytes, ct);
    };

    public static Handler Redirect(string location) => Respond(302, "text/plain", "", "Location: " + location);

    /// <summary>A body of <paramref name="size"/> bytes with no Content-Length: the client only learns its size by reading.</summary>
    public static Handler Endless(long size) => async (stream, ct) =>
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"), ct);
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>filler text</p>\n", 1000)));
        for (long sent = 0; sent < size; sent += chunk.Length) await stream.WriteAsync(chunk, ct);
    };

    public static Handler Slow(TimeSpan delay) => async (stream, ct) =>
    {
        await Task.Delay(delay, ct);
        await Respond(200, "text/html", "<p>late</p>")(stream, ct);
    };

    private async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = new StringBuilder();
                var buffer = new byte[4096];
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, stop.Token);
                    if (read == 0) return;
                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }
                var path = request.ToString().Split(' ')[1];
                var handler = handlers.GetValueOrDefault(path) ?? Respond(404, "text/plain", "not found");
                await handler(stream, stop.Token);
            }
            catch (Exception) { /* the client went away (timeouts, caps): nothing to do */ }
        }
    }

    private static string Reason(int status) => status switch { 200 => "OK", 302 => "Found", 404 => "Not Found", _ => "Status" };

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await loop;
        stop.Dispose();
    }
}
