using System.Text;
using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Bytes → string for plain-text inputs: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE);
/// otherwise UTF-16 when every other byte is zero, else UTF-8 with bytes that are not valid UTF-8
/// read as Windows-1252 (the usual encoding of older Western web text saved as files).
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    });

    public static string Decode(byte[] bytes, string source)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Encoding.UTF32.GetString(span[4..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DecodeUtf8OrFail(span[3..], source);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(span[2..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(span[2..]);

        if (BinarySniffer.KnownFormat(span) is { } kind)
            throw new TriangulateException(ErrorCode.Binary, source, $"binary file ({kind}), not text");
        if (Utf16WithoutBom(span) is { } utf16) return utf16.GetString(span);
        if (span.IndexOf((byte)0) >= 0)
            throw new TriangulateException(ErrorCode.Binary, source, "binary file (contains NUL bytes), not text");

        var text = DecodeUtf8WithFallback(span, out var fallbackBytes, out var undefinedBytes);
        // 1252 leaves five byte values undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): many of them means it is not 1252 either.
        if (fallbackBytes > 0 && undefinedBytes * 100 > text.Length)
            throw new TriangulateException(ErrorCode.Undecodable, source, "not valid text in UTF-8, UTF-16 or Windows-1252");
        return text;
    }

    /// <summary>
    /// UTF-8, with every byte that is not part of a valid UTF-8 sequence read as Windows-1252: a
    /// pure 1252 file decodes as 1252, and a UTF-8 file with a stray 1252 quote keeps both right.
    /// </summary>
    private static string DecodeUtf8WithFallback(ReadOnlySpan<byte> bytes, out int fallbackBytes, out int undefinedBytes)
    {
        fallbackBytes = 0;
        undefinedBytes = 0;
        var chars = new char[bytes.Length];
        var written = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars.AsSpan(written), out var read, out var count, replaceInvalidSequences: false);
            written += count;
            bytes = bytes[read..];
            if (status == System.Buffers.OperationStatus.Done) break;
            // Invalid or truncated sequence: take one byte as Windows-1252 and go on.
            var c = Windows1252.Value.GetString(bytes[..1])[0];
            if (c is '\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D' or '\uFFFD') undefinedBytes++;
            chars[written++] = c;
            fallbackBytes++;
            bytes = bytes[1..];
        }
        return new string(chars, 0, written);
    }

    private static string DecodeUtf8OrFail(ReadOnlySpan<byte> span, string source)
    {
        try { return StrictUtf8.GetString(span); }
        catch (DecoderFallbackException)
        {
            throw new TriangulateException(ErrorCode.Undecodable, source, "invalid UTF-8 after a UTF-8 byte-order mark");
        }
    }

    /// <summary>UTF-16 text saved without a BOM: in ASCII-heavy text one byte of each pair is zero.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> span)
    {
        if (span.Length < 8 || span.Length % 2 != 0) return null;
        var n = Math.Min(span.Length, 4096) / 2;
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < n; i++)
        {
            if (span[2 * i] == 0) zeroEven++;
            if (span[2 * i + 1] == 0) zeroOdd++;
        }
        if (zeroOdd * 10 >= n * 9 && zeroEven == 0) return Encoding.Unicode;
        if (zeroEven * 10 >= n * 9 && zeroOdd == 0) return Encoding.BigEndianUnicode;
        return null;
    }
}
