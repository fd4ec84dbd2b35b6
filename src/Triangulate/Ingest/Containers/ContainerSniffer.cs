using System.IO.Compression;
using System.Text.Json;
using Triangulate.Ingest.Html;

namespace Triangulate.Ingest.Containers;

/// <summary>
/// Decides what an input holds: by its first bytes when they say so (a WARC version line, gzip around
/// one, an XML root element), then by HTTP content type, then by file extension, and for JSON Lines by
/// a first line that is an article object. A ".xml" file or XML content type that is no feed and no
/// XHTML is <see cref="ContainerKind.OtherXml"/>.
/// </summary>
public static class ContainerSniffer
{
    private static readonly string[] FeedRoots = ["rss", "feed", "rdf:RDF", "RDF"];
    private static readonly string[] JsonLinesTypes = ["application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq"];

    public static ContainerKind Sniff(RawInput input) => Sniff(input.Source, input.ContentType, input.Bytes);

    /// <param name="head">The input's first bytes (a few kilobytes are enough).</param>
    public static ContainerKind Sniff(string source, string? contentType, ReadOnlySpan<byte> head)
    {
        if (IsWarc(head)) return ContainerKind.Warc;
        var type = (contentType ?? "").ToLowerInvariant();
        var name = NameOf(source);
        if (type.Contains("application/warc") || name.EndsWith(".warc") || name.EndsWith(".warc.gz")) return ContainerKind.Warc;
        var root = XmlRoot(head);
        if (root is not null && FeedRoots.Any(r => root.Equals(r, StringComparison.OrdinalIgnoreCase))) return ContainerKind.Feed;
        if (type.Contains("rss+xml") || type.Contains("atom+xml") || name.EndsWith(".rss") || name.EndsWith(".atom")) return ContainerKind.Feed;
        if (JsonLinesTypes.Any(type.Contains) || name.EndsWith(".jsonl") || name.EndsWith(".ndjson")) return ContainerKind.JsonLines;
        var xmlNamed = type.Contains("/xml") || name.EndsWith(".xml");
        if (root is not null && xmlNamed && !root.Equals("html", StringComparison.OrdinalIgnoreCase)) return ContainerKind.OtherXml;
        if ((type.Length == 0 || type.Contains("json") || type.Contains("text/plain")) && FirstLineIsArticleObject(head)) return ContainerKind.JsonLines;
        return ContainerKind.Page;
    }

    /// <summary>The file name without its folder, lower case; a URL's path without query.</summary>
    private static string NameOf(string source)
    {
        var cut = source.IndexOfAny(['?', '#']);
        return (cut >= 0 && source.Contains("://", StringComparison.Ordinal) ? source[..cut] : source).ToLowerInvariant();
    }

    private static bool IsWarc(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("WARC/"u8)) return true;
        if (head.Length < 2 || head[0] != 0x1F || head[1] != 0x8B) return false;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(head.ToArray()), CompressionMode.Decompress);
            Span<byte> start = stackalloc byte[5];
            var read = 0;
            while (read < 5 && gzip.Read(start[read..]) is var n and > 0) read += n;
            return start[..read].SequenceEqual("WARC/"u8);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The name of the root element, after a BOM, the XML declaration, comments, processing instructions and a doctype.</summary>
    private static string? XmlRoot(ReadOnlySpan<byte> head)
    {
        var text = HtmlSniffer.Head(head).AsSpan().TrimStart("\uFEFF \t\r\n");
        for (var guard = 0; guard < 32 && text.StartsWith("<"); guard++)
        {
            int end;
            if (text.StartsWith("<?")) end = text.IndexOf("?>") is var e and >= 0 ? e + 2 : -1;
            else if (text.StartsWith("<!--")) end = text.IndexOf("-->") is var c and >= 0 ? c + 3 : -1;
            else if (text.StartsWith("<!")) end = DoctypeEnd(text);
            else
            {
                var name = text[1..];
                var stop = name.IndexOfAny(" \t\r\n/>");
                return stop > 0 ? name[..stop].ToString() : null;
            }
            if (end < 0) return null;
            text = text[end..].TrimStart(" \t\r\n");
        }
        return null;
    }

    /// <summary>The end of a doctype, past its internal subset ("[ … ]") when it has one.</summary>
    private static int DoctypeEnd(ReadOnlySpan<char> text)
    {
        var close = text.IndexOf('>');
        var open = text.IndexOf('[');
        if (open >= 0 && open < close) close = text.IndexOf("]>") is var subset and >= 0 ? subset + 1 : -1;
        return close < 0 ? -1 : close + 1;
    }

    private static bool FirstLineIsArticleObject(ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        if (start >= text.Length || text[start] != (byte)'{') return false;
        var end = text[start..].IndexOf((byte)'\n');
        if (end < 0) return false; // the line is cut: not enough to tell
        try
        {
            using var doc = JsonDocument.Parse(text.Slice(start, end).ToArray());
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && (doc.RootElement.TryGetProperty("text", out _) || doc.RootElement.TryGetProperty("html", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
