using System.Text;
using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// The text of an h1 without the kicker and subtitle it marks inside itself: &lt;span class="dachzeile"&gt;,
/// "article-heading__kicker", "topline", "overline", "topic-label", a forum's prefix label, a leading element
/// that ends in a colon ("&lt;span&gt;Press release:&lt;/span&gt; Headline"), and the &lt;small&gt; subtitle or date line. The kicker
/// names the topic and the subtitle adds to the headline; the rest of the heading is the headline.
/// </summary>
internal static class HeadingKicker
{
    private static readonly HashSet<string> KickerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "kicker", "dachzeile", "topline", "overline", "eyebrow", "roofline", "supertitle",
    };

    // "label" alone is a kicker's class, while "field--label-hidden" (a field whose label is hidden) is not.
    private static readonly HashSet<string> KickerClasses = new(StringComparer.OrdinalIgnoreCase) { "label", "topic-label" };

    private static readonly HashSet<string> NoText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript" };

    // Elements that break a line: the texts on either side are separate words even without a space in the markup.
    private static readonly HashSet<string> LineBreaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "header", "figure", "figcaption", "blockquote",
    };

    /// <summary>The heading's text with its kicker and subtitle taken out; the whole text when nothing else is left.</summary>
    public static string Without(IElement heading)
    {
        var kicker = ColonKicker(heading);
        var text = new StringBuilder();
        Append(heading, text, kicker, skipMarked: true);
        var headline = TrimSeparators(text.ToString());
        if (headline.Any(char.IsLetter)) return headline;
        var whole = new StringBuilder();
        Append(heading, whole, null, skipMarked: false);
        return whole.ToString();
    }

    private static void Append(INode node, StringBuilder text, INode? kicker, bool skipMarked)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) { text.Append(t.Data); continue; }
            if (child is not IElement e || child == kicker || NoText.Contains(e.LocalName)) continue;
            if (skipMarked && (IsKicker(e.ClassName) || IsSubtitle(e))) continue;
            var breaks = LineBreaking.Contains(e.LocalName);
            if (breaks) text.Append(' ');
            Append(e, text, kicker, skipMarked);
            if (breaks) text.Append(' ');
        }
    }

    /// <summary>The heading's first element when its text ends in a colon and the headline follows it.</summary>
    private static IElement? ColonKicker(IElement heading)
    {
        var first = heading.ChildNodes.FirstOrDefault(n => n is IElement e ? !NoText.Contains(e.LocalName) : n.TextContent.Trim().Length > 0);
        if (first is not IElement element) return null;
        var own = new StringBuilder();
        Append(element, own, null, skipMarked: false);
        var label = HtmlTree.Collapse(own.ToString());
        if (!label.EndsWith(':') || label.Split(' ').Length > 8) return null;
        var all = new StringBuilder();
        Append(heading, all, element, skipMarked: false);
        return HtmlTree.Collapse(all.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 ? element : null;
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

    private static bool IsSubtitle(IElement e) =>
        e.LocalName == "small";

    public static bool IsKicker(string? classes)
    {
        if (string.IsNullOrEmpty(classes)) return false;
        foreach (var name in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (KickerClasses.Contains(name) || ClassTokens.ContainsAny(name, KickerWords)) return true;
        return false;
    }
}
