using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// One h1 of the page: its text without kicker and subtitle, whether it stands inside &lt;article&gt;, and
/// whether it is page furniture — a heading that screen readers get for a navigation block, a sidebar
/// or a footer ("Navigation", "Quicklinks"), or one that is visually hidden, rather than the headline.
/// </summary>
internal sealed record PageHeading(string Text, bool InArticle, bool Furniture, bool Logo, bool Marked)
{
    private static readonly HashSet<string> FurnitureElements = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer" };

    // Class words of the common "visually hidden" utilities: aural, sr-only, show-for-sr, visually-hidden, screen-reader-text.
    private static readonly HashSet<string> HiddenWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "aural", "sr", "visually", "visuallyhidden", "screen", "offscreen", "invisible",
    };

    /// <summary>The h1 described, <paramref name="text"/> being its text without kicker and subtitle (<see cref="HeadingKicker.Without"/>).</summary>
    public static PageHeading Of(IElement h1, string text)
    {
        var logo = LinksHome(h1);
        return new(text, h1.Closest("article") is not null, logo || IsFurniture(h1), logo, MarkedAsHeadline(h1));
    }

    /// <summary>The microformat hAtom names the h1 the entry's headline: "entry-title" inside an "hentry".</summary>
    private static bool MarkedAsHeadline(IElement h1) =>
        h1.ClassList.Contains("entry-title") && h1.Closest(".hentry") is not null;

    /// <summary>An h1 that is a link to the site's front page ("&lt;h1&gt;&lt;a href="/"&gt;Site&lt;/a&gt;&lt;/h1&gt;") is the site's logo.</summary>
    private static bool LinksHome(IElement h1)
    {
        var links = h1.QuerySelectorAll("a[href]");
        if (links.Length != 1 || links[0].TextContent.Trim() != h1.TextContent.Trim()) return false;
        var href = links[0].GetAttribute("href")!.Trim();
        if (href is "/" or "./" or "") return true;
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.AbsolutePath is "/" or "" && uri.Query.Length == 0;
    }

    private static bool IsFurniture(IElement h1)
    {
        if (h1.GetAttribute("aria-hidden") == "true" || ClassTokens.ContainsAny(h1.ClassName, HiddenWords)) return true;
        for (var parent = h1.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "article") return false;
            if (FurnitureElements.Contains(parent.LocalName) || parent.GetAttribute("role") is "navigation" or "complementary") return true;
        }
        return false;
    }
}
