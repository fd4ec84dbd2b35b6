using System.IO.Compression;
using Triangulate.Diagnostics;
using Triangulate.Ingest.Containers;

namespace Triangulate.Ingest.Warc;

/// <summary>
/// A WARC file (plain, or gzip members concatenated as Common Crawl writes them) → one input per
/// response record whose HTTP response is a 2xx HTML page: the decoded HTTP body, its content type,
/// and the WARC-Target-URI as URL. Records are streamed one at a time; every other record (requests,
/// metadata, redirects, images) is passed over. What the file decompresses to counts against the byte
/// cap; where the file breaks (truncated, corrupt, over the cap) one warning ends it and the records
/// read so far stay.
/// </summary>
public static class WarcEntries
{
    /// <param name="stream">The file's bytes, from the start; must be seekable (a file or memory stream).</param>
    public static IEnumerable<ContainerEntry> Read(Stream stream, string source, long maxBytes)
    {
        using var counted = new CountingStream(IsGzip(stream) ? new GZipStream(stream, CompressionMode.Decompress) : stream, maxBytes, source);
        var reader = new WarcRecordReader(counted, maxBytes, static (type, contentType) =>
            type == "response" && (contentType is null || contentType.Contains("application/http", StringComparison.OrdinalIgnoreCase)));
        var pages = 0;
        var last = 0;
        while (true)
        {
            WarcRecord? record;
            TriangulateException? problem = null;
            try
            {
                record = reader.Next();
            }
            catch (Exception e) when (e is WarcFormatException or InvalidDataException or IOException or TriangulateException)
            {
                record = null;
                problem = e switch
                {
                    TriangulateException t => new TriangulateException(t.Code, source, $"{t.Message}: stopped after record {last}"),
                    WarcFormatException => new TriangulateException(ErrorCode.Unreadable, source, e.Message + (last > 0 ? "; the records before it were read" : "")),
                    _ => new TriangulateException(ErrorCode.Unreadable, source, $"corrupt or truncated data after record {last}: {Messages.OneLine(e.Message)}"),
                };
            }
            if (problem is not null)
            {
                yield return ContainerEntry.Problem(problem);
                yield break;
            }
            if (record is null) break;
            last = record.Number;
            if (Page(record, source, maxBytes) is not { } entry) continue;
            if (entry.Input is not null) pages++;
            yield return entry;
        }
        if (pages == 0) yield return ContainerEntry.Problem(new TriangulateException(ErrorCode.Empty, source, "no HTML response records in the WARC file"));
    }

    private static ContainerEntry? Page(WarcRecord record, string source, long maxBytes)
    {
        if (HttpResponse.Parse(record.Content) is not { } response || response.Status is < 200 or > 299) return null;
        var contentType = response.Header("Content-Type");
        if (contentType is null || !(contentType.Contains("html", StringComparison.OrdinalIgnoreCase))) return null;
        var name = $"record {record.Number}" + (record.TargetUri is { } uri ? $" ({uri})" : "");
        try
        {
            if (HttpBody.Decode(response, maxBytes) is not { } body)
                return ContainerEntry.Problem(new TriangulateException(ErrorCode.TooLarge, source, $"{name}: body larger than the {maxBytes} byte limit once decoded"));
            return ContainerEntry.Item(new RawInput($"{source}#{record.Number}", body, contentType, record.TargetUri) { UrlSource = Model.MetadataSource.WarcRecord });
        }
        catch (InvalidDataException e)
        {
            return ContainerEntry.Problem(new TriangulateException(ErrorCode.Unreadable, source, $"{name}: cannot decode body: {Messages.OneLine(e.Message)}"));
        }
    }

    private static bool IsGzip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        var start = stream.Position;
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }
}
