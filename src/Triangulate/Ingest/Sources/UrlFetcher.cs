using System.Globalization;
using System.Net;
using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// Fetches one http(s) URL within <see cref="FetchOptions"/>: redirects are followed here (not by
/// the handler) so the limit is exact and the final address is known; the whole fetch, body
/// included, must finish within the timeout; the body is streamed and reading stops past the cap.
/// </summary>
internal sealed class UrlFetcher(FetchOptions options) : IDisposable
{
    // Not application/gzip: a WARC file is often served as one; a gzip that is not a WARC is still refused as binary later.
    private static readonly string[] BinaryTypes = ["image/", "audio/", "video/", "font/", "application/pdf", "application/zip"];

    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.Timeout,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan, // the fetch's own deadline covers redirects and body too
    };

    public static bool IsUrl(string spec) =>
        spec.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public async Task<RawInput> FetchAsync(string spec, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(spec, UriKind.Absolute, out var url))
            throw new TriangulateException(ErrorCode.Unreachable, spec, "not a valid URL");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("User-Agent", "Triangulate/0.1 (+news article reader)");
                request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects >= options.MaxRedirects)
                        throw Unreachable(spec, $"too many redirects (more than {options.MaxRedirects})");
                    var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                    if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                        throw Unreachable(spec, $"redirect to unsupported address {next}");
                    url = next;
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw Unreachable(spec, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
                var contentType = response.Content.Headers.ContentType?.ToString();
                var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
                if (BinaryTypes.Any(t => mediaType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
                    throw new TriangulateException(ErrorCode.Unsupported, spec, $"unsupported content type {mediaType}");
                if (response.Content.Headers.ContentLength > options.MaxBytes)
                    throw TooLarge(spec);
                await using var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
                var bytes = await CappedReader.ReadAsync(body, options.MaxBytes, deadline.Token).ConfigureAwait(false)
                    ?? throw TooLarge(spec);
                return new RawInput(spec, bytes, contentType, url.ToString()) { UrlSource = Model.MetadataSource.FetchedAddress };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unreachable(spec, $"timed out after {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(spec, DirectoryWalker.OneLine(e.InnerException?.Message ?? e.Message));
        }
        catch (IOException e)
        {
            throw Unreachable(spec, "connection failed: " + DirectoryWalker.OneLine(e.Message));
        }
    }

    private static bool IsRedirect(HttpStatusCode code) => (int)code is 301 or 302 or 303 or 307 or 308;

    private static TriangulateException Unreachable(string spec, string message) =>
        new(ErrorCode.Unreachable, spec, message);

    private TriangulateException TooLarge(string spec) =>
        new(ErrorCode.TooLarge, spec, $"larger than the {options.MaxBytes} byte limit");

    public void Dispose() => client.Dispose();
}
