using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Triangulate.Ingest.Warc;

/// <summary>
/// Undoes the codings of an archived HTTP body: chunked transfer coding, then gzip, deflate or Brotli
/// content coding, never producing more than a cap. Crawlers that decoded the body themselves rename
/// the headers (X-Crawler-Transfer-Encoding, …), so only the standard names are acted on.
/// </summary>
internal static class HttpBody
{
    /// <summary>The decoded body; null when it would exceed <paramref name="cap"/> bytes. Throws <see cref="InvalidDataException"/> for a corrupt coding.</summary>
    public static byte[]? Decode(HttpResponse response, long cap)
    {
        var body = response.Body;
        if (response.Header("Transfer-Encoding") is { } transfer && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body);
        var coding = (response.Header("Content-Encoding") ?? "").Trim().ToLowerInvariant();
        return coding switch
        {
            "" or "identity" => body.Length > cap ? null : body,
            "gzip" or "x-gzip" => Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), cap),
            "deflate" => Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), cap),
            "br" => Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), cap),
            _ => throw new InvalidDataException($"unsupported content coding {coding}"),
        };
    }

    /// <summary>Chunk sizes in hex, each followed by its bytes and CRLF, ending at a zero-size chunk (trailers ignored).</summary>
    internal static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var at = 0;
        while (true)
        {
            var lineEnd = body.AsSpan(at).IndexOf((byte)'\n');
            if (lineEnd < 0) throw new InvalidDataException("chunked body cut short");
            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd).Split(';')[0].Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
                throw new InvalidDataException("bad chunk size in chunked body");
            at += lineEnd + 1;
            if (size == 0) return output.ToArray();
            if (size > body.Length - at) throw new InvalidDataException("chunked body cut short");
            output.Write(body, at, (int)size);
            at += (int)size;
            if (at < body.Length && body[at] == '\r') at++;
            if (at < body.Length && body[at] == '\n') at++;
        }
    }

    private static byte[]? Inflate(Stream decoder, long cap)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = decoder.Read(chunk)) > 0)
            {
                if (output.Length + read > cap) return null;
                output.Write(chunk, 0, read);
            }
            return output.ToArray();
        }
    }
}
