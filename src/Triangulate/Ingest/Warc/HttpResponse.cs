using System.Globalization;
using System.Text;

namespace Triangulate.Ingest.Warc;

/// <summary>
/// An HTTP response as a WARC response record stores it: status line, headers, body. The body is
/// handed back as the server sent it; <see cref="HttpBody"/> undoes the transfer and content coding.
/// </summary>
internal sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    private const int MaxHeaderBytes = 64 * 1024;

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>The response in the bytes, or null when they do not start with an HTTP status line and headers.</summary>
    public static HttpResponse? Parse(byte[] bytes)
    {
        var span = bytes.AsSpan(0, Math.Min(bytes.Length, MaxHeaderBytes));
        var end = HeaderEnd(span, out var separator);
        if (end < 0) return null;
        var lines = Encoding.Latin1.GetString(span[..end]).Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            return null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines.Skip(1))
        {
            var text = raw.TrimEnd('\r');
            var colon = text.IndexOf(':');
            if (colon <= 0) continue;
            var name = text[..colon].Trim();
            var value = text[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var before) ? before + ", " + value : value;
        }
        return new HttpResponse(code, headers, bytes[(end + separator)..]);
    }

    /// <summary>Where the header block ends (CRLF CRLF, or LF LF from sloppy writers), and the separator's length.</summary>
    private static int HeaderEnd(ReadOnlySpan<byte> span, out int separator)
    {
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) { separator = 4; return crlf; }
        separator = 2;
        return lf;
    }
}
