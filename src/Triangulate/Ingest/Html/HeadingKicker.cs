using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// The text of an h1 without the kicker it marks inside itself: &lt;span class="dachzeile"&gt;,
/// "article-heading__kicker", "topline", "overline", "topic-label", a forum's prefix label. The kicker names
/// the topic; the rest of the heading is the headline.
/// </summary>
internal static class HeadingKicker
{
    private static readonly HashSet<string> KickerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "kicker", "dachzeile", "topline", "overline", "eyebrow", "roofline", "supertitle",
    };

    // "label" alone is a kicker's class, while "field--label-hidden" (a field whose label is hidden) is not.
    private static readonly HashSet<string> KickerClasses = new(StringComparer.OrdinalIgnoreCase) { "label", "topic-label" };


    /// <summary>The heading's text with its kicker elements taken out; the whole text when nothing else is left.</summary>
    public static string Without(IElement heading)
    {
        var text = heading.TextContent;
        foreach (var child in heading.QuerySelectorAll("*"))
        {
            if (!IsKicker(child.ClassName)) continue;
            var kicker = child.TextContent;
            var at = kicker.Trim().Length == 0 ? -1 : text.IndexOf(kicker, StringComparison.Ordinal);
            if (at >= 0) text = text.Remove(at, kicker.Length);
        }
        var headline = TrimSeparators(text);
        return headline.Any(char.IsLetter) ? headline : heading.TextContent;
    }

    /// <summary>The ": " or " – " left between the kicker and the headline goes with the kicker.</summary>
    private static string TrimSeparators(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsSeparator(text[start])) start++;
        while (end > start && IsSeparator(text[end - 1])) end--;
        return text[start..end];
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ':' or '-' or '–' or '—' or '|' or '·';

    private static bool IsKicker(string? classes)
    {
        if (string.IsNullOrEmpty(classes)) return false;
        foreach (var name in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (KickerClasses.Contains(name) || ClassTokens.ContainsAny(name, KickerWords)) return true;
        return false;
    }
}
