using System.Text;
using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Bytes → string for plain-text inputs: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE);
/// otherwise strict UTF-8, then UTF-16 without BOM when every other byte is zero, then
/// Windows-1252 (the usual encoding of older Western web text saved as files).
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

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            var text = Windows1252.Value.GetString(span);
            // 1252 leaves five byte values undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): many of them means it is not 1252 either.
            var undefined = 0;
            foreach (var c in text) if (c is '\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D' or '\uFFFD') undefined++;
            if (undefined * 100 > text.Length)
                throw new TriangulateException(ErrorCode.Undecodable, source, "not valid text in UTF-8, UTF-16 or Windows-1252");
            return text;
        }
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
