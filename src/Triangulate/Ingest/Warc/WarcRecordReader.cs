using System.Globalization;
using System.Text;

namespace Triangulate.Ingest.Warc;

/// <summary>
/// Reads WARC 1.0/1.1 records one at a time from a stream (already decompressed): a version line,
/// header lines up to a blank line, Content-Length bytes of content, then CRLF CRLF. Only the records
/// <paramref name="wanted"/> selects are kept in memory; the others are read past in chunks. Header
/// lines, header count and content length are bounded, so no input makes it buffer without limit.
/// Throws <see cref="WarcFormatException"/> where the file stops being WARC.
/// </summary>
internal sealed class WarcRecordReader(Stream stream, long maxContentBytes, Func<string, string?, bool> wanted)
{
    private const int MaxLine = 16 * 1024;
    private const int MaxHeaders = 256;

    private readonly BufferedStream input = new(stream, 64 * 1024);
    private readonly byte[] line = new byte[MaxLine];
    private int number;

    /// <summary>The next wanted record, or null at the end of the stream.</summary>
    public WarcRecord? Next()
    {
        while (true)
        {
            var version = ReadLine(skipBlank: true);
            if (version is null) return null;
            number++;
            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
                throw new WarcFormatException($"record {number}: not a WARC version line");
            var headers = ReadHeaders();
            if (!headers.TryGetValue("Content-Length", out var lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                throw new WarcFormatException($"record {number}: no valid Content-Length");
            if (length > maxContentBytes)
                throw new WarcFormatException($"record {number}: content of {length} bytes is over the {maxContentBytes} byte limit");
            var type = headers.GetValueOrDefault("WARC-Type") ?? "";
            var contentType = headers.GetValueOrDefault("Content-Type");
            if (!wanted(type, contentType))
            {
                Skip(length);
                continue;
            }
            var content = new byte[length];
            try { input.ReadExactly(content); }
            catch (EndOfStreamException) { throw Truncated(); }
            return new WarcRecord(number, type, Uri(headers.GetValueOrDefault("WARC-Target-URI")), contentType, content);
        }
    }

    private Dictionary<string, string> ReadHeaders()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        for (var count = 0; ; count++)
        {
            var text = ReadLine(skipBlank: false) ?? throw Truncated();
            if (text.Length == 0) return headers;
            if (count >= MaxHeaders) throw new WarcFormatException($"record {number}: more than {MaxHeaders} header lines");
            if (text[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + text.Trim(); // a folded continuation line
                continue;
            }
            var colon = text.IndexOf(':');
            if (colon <= 0) throw new WarcFormatException($"record {number}: bad header line");
            last = text[..colon].Trim();
            headers[last] = text[(colon + 1)..].Trim();
        }
    }

    /// <summary>One line without its CR LF (or LF); null at the end of the stream.</summary>
    private string? ReadLine(bool skipBlank)
    {
        while (true)
        {
            var length = 0;
            int b;
            while ((b = input.ReadByte()) >= 0 && b != '\n')
            {
                if (length == MaxLine) throw new WarcFormatException($"record {number + (skipBlank ? 1 : 0)}: line longer than {MaxLine} bytes");
                line[length++] = (byte)b;
            }
            if (b < 0 && length == 0) return null;
            if (b < 0 && !skipBlank) throw Truncated();
            if (length > 0 && line[length - 1] == '\r') length--;
            if (length == 0 && skipBlank) continue;
            return Encoding.UTF8.GetString(line, 0, length);
        }
    }

    private void Skip(long length)
    {
        var chunk = new byte[Math.Min(length, 64 * 1024)];
        while (length > 0)
        {
            var read = input.Read(chunk, 0, (int)Math.Min(chunk.Length, length));
            if (read == 0) throw Truncated();
            length -= read;
        }
    }

    private WarcFormatException Truncated() => new($"record {number}: cut short (truncated file)");

    /// <summary>WARC 1.0 writes the target URI in angle brackets; 1.1 does not.</summary>
    private static string? Uri(string? text) => text is null ? null : text.Trim().TrimStart('<').TrimEnd('>');
}
