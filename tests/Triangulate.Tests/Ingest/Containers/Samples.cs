using System.IO.Compression;
using System.Text;

namespace Triangulate.Tests.Ingest.Containers;

/// <summary>Small inputs of every kind, built here: the reader tests use them and the fuzz test mutates them.</summary>
internal static class Samples
{
    public const string Sentence = "Diplomats from both countries met in Geneva on Monday for talks that lasted more than seven hours, officials said.";

    public static readonly string Paragraphs =
        $"<p>{Sentence} The delegations agreed to meet again.</p><p>Neither side announced a breakthrough, and both said the talks had been frank.</p>";

    public static string Page(string title = "Talks end in Geneva") =>
        $"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{Paragraphs}</article></body></html>";

    public static string Rss(string items) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + $"<channel><title>Example News</title><link>https://news.example.com/</link>{items}</channel></rss>";

    public static string RssItem(string title, string link, string? content = null, string? description = null, string? pubDate = null, string? creator = null) =>
        $"<item><title>{title}</title><link>{link}</link>"
        + (pubDate is null ? "" : $"<pubDate>{pubDate}</pubDate>")
        + (creator is null ? "" : $"<dc:creator>{creator}</dc:creator>")
        + (description is null ? "" : $"<description>{description}</description>")
        + (content is null ? "" : $"<content:encoded><![CDATA[{content}]]></content:encoded>")
        + "</item>";

    public static string Atom() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><id>urn:wire</id><updated>2022-01-11T08:00:00Z</updated>"
        + "<entry><title>Geneva talks</title><id>urn:wire:1</id><link rel=\"alternate\" href=\"https://wire.example.org/geneva\"/>"
        + "<published>2022-01-10T20:34:00+01:00</published><updated>2022-01-11T08:00:00Z</updated>"
        + "<author><name>Ann Reporter</name></author><author><name>Bo Writer</name></author>"
        + $"<content type=\"html\">{System.Security.SecurityElement.Escape(Paragraphs)}</content></entry></feed>";

    public static byte[] WarcRecord(string type, string uri, string contentType, byte[] block) =>
        [.. Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{Guid.Empty}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"), .. block, .. "\r\n\r\n"u8];

    public static byte[] HttpResponse(string contentType, byte[] body, params string[] headers) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n"), .. body];

    public static byte[] Chunked(byte[] body, int size)
    {
        var output = new MemoryStream();
        for (var at = 0; at < body.Length; at += size)
        {
            var n = Math.Min(size, body.Length - at);
            output.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            output.Write(body, at, n);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    /// <summary>A warcinfo record, a chunked HTML response, and an image response.</summary>
    public static byte[][] WarcRecords() =>
    [
        WarcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"u8.ToArray()),
        WarcRecord("response", "https://example.org/geneva", "application/http; msgtype=response",
            HttpResponse("text/html; charset=utf-8", Chunked(Encoding.UTF8.GetBytes(Page()), 100), "Transfer-Encoding: chunked")),
        WarcRecord("response", "https://example.org/logo.png", "application/http; msgtype=response",
            HttpResponse("image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0])),
    ];

    public static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }

    /// <summary>Each record its own gzip member, concatenated, as Common Crawl writes WARC files.</summary>
    public static byte[] GzipMembers(IEnumerable<byte[]> records) => [.. records.SelectMany(Gzip)];

    public static string JsonLines() =>
        "{\"text\":\"" + Sentence + "\\n\\nBoth sides said they would meet again.\",\"title\":\"Given title\",\"outlet\":\"My Outlet\",\"authors\":[\"Ann Reporter\"],\"published\":\"2022-01-10T20:34Z\",\"url\":\"https://example.net/a\"}\n"
        + "{\"html\": 42}\n"
        + "\n"
        + "{\"html\":\"" + Paragraphs.Replace("\"", "\\\"") + "\"}\n";
}
