using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// Repairs text damaged on its way from the web: HTML entities left undecoded ("&amp;quot;",
/// "&amp;#8217;"), entities whose ampersand was escaped into a bracket ("[&amp;]quot;"), stray inline
/// tags ("&lt;br&gt;", "&lt;/p&gt;"), and UTF-8 read as Windows-1252 ("â€™" → "’").
/// </summary>
internal static partial class TextRepair
{
    [GeneratedRegex(@"\[&\](?=#?\w+;)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAmpersand();

    [GeneratedRegex(@"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    [GeneratedRegex(@"</?(?:p|br|b|i|u|em|strong|span|div|a|sup|sub|small|font)(?:\s[^<>]{0,200})?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Repair(string text)
    {
        if (text.Contains('&'))
        {
            if (text.Contains("[&]", StringComparison.Ordinal)) text = BracketedAmpersand().Replace(text, "&");
            if (Entity().IsMatch(text)) text = WebUtility.HtmlDecode(text);
        }
        if (text.Contains('<') && InlineTag().IsMatch(text)) text = InlineTag().Replace(text, " ");
        if (text.Contains('â') || text.Contains('Ã')) text = FixMojibake(text);
        return text;
    }

    /// <summary>Undo one round of UTF-8 → Windows-1252 misdecoding, only when the result is valid UTF-8.</summary>
    private static string FixMojibake(string text)
    {
        try
        {
            var bytes = Windows1252.Value.GetBytes(text);
            var fixedText = StrictUtf8.GetString(bytes);
            return fixedText.Length < text.Length ? fixedText : text;
        }
        catch (ArgumentException)
        {
            // EncoderFallbackException / DecoderFallbackException: not mojibake, keep the text.
            return text;
        }
    }
}
