using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Which elements are never article text: markup that holds no prose (scripts, styles, forms'
/// controls), hidden elements, and page furniture recognised by tag or by the words of its class or id
/// (navigation, comments, share bars, related links, cookie and subscription banners, advertising).
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>Why a reason of this kind is not recorded: the element never shows text to a reader.</summary>
    public const string Markup = "markup";

    private static readonly HashSet<string> MarkupTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "button", "select", "input", "textarea", "option", "link", "meta", "head", "title", "base", "source", "track", "map", "img", "picture",
    };

    private static readonly Dictionary<string, string> TagReasons = new(StringComparer.Ordinal)
    {
        ["nav"] = "navigation", ["menu"] = "navigation", ["aside"] = "aside", ["footer"] = "footer", ["dialog"] = "banner",
    };

    /// <summary>Class/id words and the reason they mark an element as furniture.</summary>
    private static readonly Dictionary<string, string> WordReasons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nav"] = "navigation", ["navbar"] = "navigation", ["navigation"] = "navigation", ["menu"] = "navigation", ["breadcrumb"] = "navigation",
        ["breadcrumbs"] = "navigation", ["masthead"] = "navigation", ["sidebar"] = "aside", ["rail"] = "aside", ["skip"] = "navigation",
        ["pagination"] = "navigation", ["pager"] = "navigation", ["footer"] = "footer", ["next"] = "navigation", ["prev"] = "navigation",
        ["previous"] = "navigation", ["gallery"] = "gallery", ["slideshow"] = "gallery", ["carousel"] = "gallery", ["slider"] = "gallery",
        ["comment"] = "comments", ["comments"] = "comments", ["disqus"] = "comments", ["respond"] = "comments", ["replies"] = "comments",
        ["share"] = "share bar", ["sharing"] = "share bar", ["sharebar"] = "share bar", ["social"] = "share bar", ["addthis"] = "share bar", ["sharethis"] = "share bar",
        ["related"] = "related links", ["recommended"] = "related links", ["recommendations"] = "related links", ["recirc"] = "related links",
        ["recirculation"] = "related links", ["trending"] = "related links", ["popular"] = "related links", ["outbrain"] = "related links",
        ["taboola"] = "related links", ["mostread"] = "related links", ["readmore"] = "related links", ["more"] = "related links",
        ["cookie"] = "banner", ["cookies"] = "banner", ["consent"] = "banner", ["gdpr"] = "banner", ["newsletter"] = "banner",
        ["subscribe"] = "banner", ["subscription"] = "banner", ["signup"] = "banner", ["paywall"] = "banner", ["promo"] = "banner",
        ["modal"] = "banner", ["popup"] = "banner", ["overlay"] = "banner", ["banner"] = "banner",
        ["ad"] = "advertising", ["ads"] = "advertising", ["advert"] = "advertising", ["advertisement"] = "advertising", ["adslot"] = "advertising",
        ["sponsor"] = "advertising", ["sponsored"] = "advertising", ["dfp"] = "advertising", ["gpt"] = "advertising",
        ["byline"] = "byline", ["author"] = "byline", ["authors"] = "byline", ["contributor"] = "byline", ["bio"] = "byline",
        ["dateline"] = "date", ["timestamp"] = "date", ["tags"] = "tags", ["tag"] = "tags", ["keywords"] = "tags", ["topics"] = "tags",
        ["print"] = "tools", ["toolbar"] = "tools", ["tools"] = "tools",
    };

    /// <summary>Words that mark content embedded in the story (quoted posts), even beside "social" or "share".</summary>
    private static readonly HashSet<string> EmbedWords = new(StringComparer.OrdinalIgnoreCase) { "embed", "embedded", "tweet", "instagram" };

    public static bool IsMarkup(IElement e) => MarkupTags.Contains(e.LocalName);

    /// <summary>The reason to drop <paramref name="e"/>, or null to keep it.</summary>
    /// <param name="parentHasText">Whether the parent holds text of its own, i.e. <paramref name="e"/> may sit inside a line.</param>
    public static string? Reason(IElement e, bool parentHasText) => Judge(e, parentHasText).Reason;

    /// <summary>The reason to drop <paramref name="e"/> (null to keep it), and whether only words of its class or id gave it.</summary>
    public static (string? Reason, bool ByClassWords) Judge(IElement e, bool parentHasText)
    {
        if (MarkupTags.Contains(e.LocalName)) return (Markup, false);
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true" || IsHiddenByStyle(e.GetAttribute("style"))) return ("hidden", false);
        if (TagReasons.TryGetValue(e.LocalName, out var reason)) return (reason, false);
        var role = e.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alertdialog") return (role == "navigation" ? "navigation" : "banner", false);
        if (IsInRunningText(e, parentHasText) || IsTheArticle(e)) return (null, false);
        return (ByClassWords(e.GetAttribute("class") is { } classes ? TaxonomyClasses.WithoutTerms(classes) : null) ?? ByClassWords(e.GetAttribute("id")), true);
    }

    /// <summary>
    /// A link or span inside a sentence ("deep &lt;a class=textTag&gt;space travel&lt;/a&gt;, but") is part of
    /// the sentence whatever its class says; dropping it would cut words out of the text.
    /// </summary>
    private static bool IsInRunningText(IElement e, bool parentHasText)
    {
        if (!HtmlTree.IsInline(e) || e.ParentElement is not { } parent) return false;
        return parentHasText || parent.LocalName is "p" or "li" or "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "td" or "dd";
    }

    /// <summary>
    /// An &lt;article&gt; that holds the page's h1 is the story itself, whatever words its class adds about it
    /// ("has-paywall … steady-paywall-container", "gallery"): only its parts may be furniture.
    /// </summary>
    private static bool IsTheArticle(IElement e) => e.LocalName == "article" && e.QuerySelector("h1") is not null;

    private static string? ByClassWords(string? classOrId)
    {
        if (string.IsNullOrEmpty(classOrId) || ClassTokens.ContainsAny(classOrId, EmbedWords)) return null;
        var reasons = WordReasons.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in ClassTokens.Words(classOrId))
            if (reasons.TryGetValue(word, out var reason)) return reason;
        return null;
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style)) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal)
            || OffScreen().IsMatch(compact);
    }

    /// <summary>Text pushed far off screen (left:-9999px), a common way to hide link spam.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|;)(?:left|top|text-indent):-\d{4,}(?:px|em)")]
    private static partial System.Text.RegularExpressions.Regex OffScreen();
}
