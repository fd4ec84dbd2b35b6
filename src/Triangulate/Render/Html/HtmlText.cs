using System.Text;

namespace Triangulate.Render.Html;

/// <summary>
/// Escapes untrusted text for HTML element content and for double- or single-quoted attribute
/// values: the five characters that can end a text run or an attribute become character references.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? output = null;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                output?.Append(text[i]);
                continue;
            }
            output ??= new StringBuilder(text, 0, i, text.Length + 16);
            output.Append(replacement);
        }
        return output?.ToString() ?? text;
    }

    /// <summary>An href for a page address: only absolute http(s) URLs, so no javascript: or data: links.</summary>
    public static string? SafeHref(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Encode(uri.AbsoluteUri)
            : null;
}
