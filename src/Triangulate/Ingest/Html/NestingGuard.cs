using System.Text;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Keeps parsing time bounded on hostile markup: the HTML parser's work grows with the square of
/// the nesting depth (100,000 unclosed &lt;div&gt; take a minute), so start tags that would nest
/// deeper than <see cref="MaxDepth"/> are dropped, with their end tags, before parsing. Real pages
/// stay far below the limit and pass through untouched.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 400;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements whose end tag may be omitted (pages rarely close them).
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
        "html", "head", "body", "!doctype",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "plaintext"];

    public static string Limit(string html)
    {
        if (Scan(html, null) <= MaxDepth) return html;
        var output = new StringBuilder(html.Length);
        Scan(html, output);
        return output.ToString();
    }

    /// <summary>Returns the deepest nesting seen; with <paramref name="output"/>, also writes the text without over-deep tags.</summary>
    private static int Scan(string html, StringBuilder? output)
    {
        int depth = 0, deepest = 0, dropped = 0, copied = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '!' or '-')) end++;
            var gt = html.IndexOf('>', end);
            if (end == start || gt < 0) { i = start; continue; }
            var name = html[start..end];
            var selfClosing = html[gt - 1] == '/';
            var tagEnd = gt + 1;
            if (!closing && RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            var drop = false;
            if (!NotCounted.Contains(name) && !selfClosing)
            {
                if (closing && dropped > 0) { dropped--; drop = true; }
                else if (closing) depth = Math.Max(0, depth - 1);
                else if (depth >= MaxDepth) { dropped++; drop = true; }
                else deepest = Math.Max(deepest, ++depth);
            }
            if (drop) deepest = MaxDepth + 1;
            if (drop && output is not null)
            {
                output.Append(html, copied, i - copied);
                copied = tagEnd;
            }
            i = tagEnd;
        }
        output?.Append(html, copied, html.Length - copied);
        return deepest;
    }
}
