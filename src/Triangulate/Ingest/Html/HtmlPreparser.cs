namespace Triangulate.Ingest.Html;

/// <summary>
/// A cheap lexical pass before parsing. It drops what never becomes article text — comments,
/// scripts (JSON-LD excepted: it carries metadata), styles, noscript fallbacks, inline SVG — which is most of
/// the bytes of a modern page and most of the parser's work — and over-long attributes (inline images). And it keeps parsing time bounded on
/// hostile markup: the parser's work grows with the square of the nesting depth (100,000 unclosed
/// &lt;div&gt; take a minute), so start tags nesting deeper than <see cref="MaxDepth"/> are dropped
/// with their end tags. Real pages stay far below that limit.
/// </summary>
internal static class HtmlPreparser
{
    public const int MaxDepth = 400;

    /// <summary>
    /// A start tag's attributes longer than this are dropped, the tag kept bare: they are inline images
    /// (data: URIs) or serialised app state, never text, and on a bloated page most of its size.
    /// </summary>
    public const int MaxAttributes = 4096;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements whose end tag may be omitted (pages rarely close them).
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
        "html", "head", "body", "!doctype", "image", "path", "use", "circle", "rect", "g",
    };

    public static string Prepare(string html)
    {
        // The dropped ranges are listed first and the kept text copied once into a string of its final
        // size: on a huge page a growing builder would hold two more copies of the page at once.
        var output = new List<(int From, int To)>();
        int depth = 0, dropped = 0, copied = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                Skip(output, ref copied, i, close < 0 ? html.Length : close + 3);
                i = copied;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '!' or '-' or ':')) end++;
            if (end == start || (!closing && !char.IsAsciiLetter(html[start]) && html[start] != '!')) { i = start; continue; }
            var gt = html.IndexOf('>', end);
            if (gt < 0) break;
            var name = html.AsSpan(start, end - start);
            var tagEnd = gt + 1;
            if (!closing && IsDroppedRawText(name, html.AsSpan(end, gt - end), out var endTag))
            {
                var close = html.IndexOf(endTag, tagEnd, StringComparison.OrdinalIgnoreCase);
                var after = close < 0 ? html.Length : html.IndexOf('>', close) is var g and >= 0 ? g + 1 : html.Length;
                Skip(output, ref copied, i, after);
                i = copied;
                continue;
            }
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)))
            {
                // Kept raw text (JSON-LD, titles): its content is not markup, so jump over it.
                var close = html.IndexOf("</" + name.ToString(), tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            var drop = false;
            if (html[gt - 1] != '/' && !NotCounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                if (closing && dropped > 0) { dropped--; drop = true; }
                else if (closing) depth = Math.Max(0, depth - 1);
                else if (depth >= MaxDepth) { dropped++; drop = true; }
                else depth++;
            }
            if (drop) Skip(output, ref copied, i, tagEnd);
            else if (!closing && gt - end > MaxAttributes) Skip(output, ref copied, end, html[gt - 1] == '/' ? gt - 1 : gt);
            i = tagEnd;
        }
        if (output.Count == 0) return html;
        return Without(html, output);
    }

    /// <summary><paramref name="html"/> without the given ranges (in order, not overlapping).</summary>
    private static string Without(string html, List<(int From, int To)> drops)
    {
        var length = html.Length;
        foreach (var (from, to) in drops) length -= to - from;
        return string.Create(length, (html, drops), static (span, state) =>
        {
            var (source, ranges) = state;
            var at = 0;
            var kept = 0;
            foreach (var (from, to) in ranges)
            {
                source.AsSpan(at, from - at).CopyTo(span[kept..]);
                kept += from - at;
                at = to;
            }
            source.AsSpan(at).CopyTo(span[kept..]);
        });
    }

    /// <summary>Scripts other than JSON-LD, styles, noscript and inline SVG go whole; returns the end tag to look for.</summary>
    private static bool IsDroppedRawText(ReadOnlySpan<char> name, ReadOnlySpan<char> attributes, out string endTag)
    {
        endTag = "";
        if (name.Equals("style", StringComparison.OrdinalIgnoreCase)) endTag = "</style";
        else if (name.Equals("noscript", StringComparison.OrdinalIgnoreCase)) endTag = "</noscript";
        else if (name.Equals("svg", StringComparison.OrdinalIgnoreCase)) endTag = "</svg";
        else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) && !attributes.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) endTag = "</script";
        return endTag.Length > 0;
    }

    private static void Skip(List<(int From, int To)> drops, ref int copied, int from, int to)
    {
        if (to > from) drops.Add((from, to));
        copied = to;
    }
}
