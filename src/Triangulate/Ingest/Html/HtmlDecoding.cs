using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Bytes → text for HTML: a byte-order mark wins, then the HTTP content type's charset, then a
/// &lt;meta charset&gt; in the first bytes; otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252.
/// </summary>
internal static partial class HtmlDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string? contentType)
    {
        var (bom, bomLength) = FromBom(bytes);
        if (bom is not null) return bom.GetString(bytes, bomLength, bytes.Length - bomLength);

        var declared = Charset(contentType) ?? MetaCharset(bytes);
        if (declared is not null && !IsUtf8(declared) && TryGet(declared) is { } encoding)
            return encoding.GetString(bytes);
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.GetEncoding(1252).GetString(bytes); }
    }

    private static (Encoding?, int) FromBom(byte[] b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static bool IsUtf8(string name) => name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>Labels such as "iso-8859-1" and "latin1" mean Windows-1252 to browsers, as here.</summary>
    private static Encoding? TryGet(string name)
    {
        var label = name.Trim().ToLowerInvariant();
        if (label is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252") return Encoding.GetEncoding(1252);
        // UTF-16 declared in markup that had no BOM is almost always a mislabel; browsers ignore it too.
        if (label.StartsWith("utf-16", StringComparison.Ordinal)) return null;
        try { return Encoding.GetEncoding(label); }
        catch (ArgumentException) { return null; }
    }

    private static string? Charset(string? contentType) =>
        contentType is not null && CharsetParameter().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Prescan as browsers do: a charset named in a meta tag within the first 4 KB.</summary>
    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = MetaCharsetPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
