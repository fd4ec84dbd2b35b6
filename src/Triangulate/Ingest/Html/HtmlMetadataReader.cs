using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// What the markup says about the article: meta tags (Open Graph, article:*, name=author …), JSON-LD,
/// &lt;title&gt;, &lt;h1&gt;, rel=canonical/author, &lt;time datetime&gt;, byline classes, &lt;html lang&gt;,
/// and a date in the URL. Every field stays null when the page does not state it.
/// </summary>
internal static class HtmlMetadataReader
{
    public static DraftMetadata Read(IHtmlDocument document, RawInput input)
    {
        var facts = PageFacts.Gather(document.DocumentElement);
        var meta = facts.Meta;
        var jsonLd = JsonLdArticle.Read(facts.JsonLd);
        var outlet = Clean(Get(meta, "og:site_name") ?? jsonLd.Publisher ?? Get(meta, "application-name"));
        var url = Absolute(facts.Canonical, input.Url) ?? Absolute(Get(meta, "og:url"), input.Url) ?? Absolute(jsonLd.Url, input.Url) ?? input.Url;

        return new DraftMetadata
        {
            Title = Title(document, facts, jsonLd, outlet, url),
            Outlet = outlet,
            // Sites often name themselves as author ("BBC News"): that is the outlet, not a person.
            Authors = Authors(facts, jsonLd).Where(a => !a.Equals(outlet, StringComparison.OrdinalIgnoreCase)).ToList(),
            Published = HtmlDates.Parse(Get(meta, "article:published_time") ?? Get(meta, "og:published_time"))
                ?? HtmlDates.Parse(jsonLd.DatePublished)
                ?? HtmlDates.Parse(Get(meta, "datepublished") ?? Get(meta, "pubdate") ?? Get(meta, "publishdate")
                    ?? Get(meta, "date") ?? Get(meta, "dc.date.issued") ?? Get(meta, "dcterms.created") ?? Get(meta, "sailthru.date"))
                ?? HtmlDates.Parse(facts.ItemDatePublished)
                ?? HtmlDates.Parse(facts.TimeDatetime)
                // A feed item's own date is more exact than a date read from the address it links to.
                ?? (input.Given is { Origin: GivenOrigin.Feed } given ? given.Published : null)
                ?? HtmlDates.FromUrl(input.Url ?? url),
            Updated = HtmlDates.Parse(Get(meta, "article:modified_time") ?? Get(meta, "og:updated_time"))
                ?? HtmlDates.Parse(jsonLd.DateModified)
                ?? HtmlDates.Parse(Get(meta, "datemodified") ?? Get(meta, "dcterms.modified"))
                ?? HtmlDates.Parse(facts.ItemDateModified),
            Url = url,
            Language = Language(document.DocumentElement.GetAttribute("lang"))
                ?? Language(Get(meta, "content-language")) ?? Language(jsonLd.Language) ?? Language(Get(meta, "og:locale")),
        };
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    private static string? Title(IHtmlDocument document, PageFacts facts, JsonLdArticle jsonLd, string? outlet, string? url)
    {
        var meta = facts.Meta;
        var h1 = Clean(facts.ArticleHeading ?? facts.FirstHeading);
        var site = SiteName(url);
        var candidate = Clean(Get(meta, "og:title")) ?? Clean(jsonLd.Headline) ?? Clean(Get(meta, "twitter:title")) ?? h1;
        var strict = candidate is not null;
        candidate ??= Clean(document.Title);
        if (candidate is null) return null;
        // "Headline | Site" or "Site | Headline" around the page's own h1 of several words: the h1 is the headline.
        if (h1 is not null && Words(h1) >= 3 && candidate != h1
            && TitleSeparators.Any(sep => candidate.StartsWith(h1 + sep, StringComparison.Ordinal) || candidate.EndsWith(sep + h1, StringComparison.Ordinal)))
            return h1;
        return WithoutSiteSuffix(candidate, outlet, site, strict);
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " › ", " » "];

    /// <summary>
    /// "Talks end in Geneva | The Outlet" → "Talks end in Geneva". A suffix naming the outlet or the
    /// site's host always goes; for &lt;title&gt; (not strict) a short last segment goes too, since that
    /// is how sites brand it.
    /// </summary>
    internal static string WithoutSiteSuffix(string title, string? outlet, string? site, bool strict)
    {
        foreach (var sep in TitleSeparators)
        {
            var i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i <= 0) continue;
            var head = title[..i].Trim();
            var tail = title[(i + sep.Length)..].Trim();
            var key = Letters(tail);
            var namesSite = key.Length > 0 && ((outlet is not null && (key.Contains(Letters(outlet), StringComparison.Ordinal) || Letters(outlet).Contains(key, StringComparison.Ordinal)))
                || (site is not null && (key.Contains(site, StringComparison.Ordinal) || site.Contains(key, StringComparison.Ordinal))));
            var shortBrand = !strict && Words(tail) <= 4 && Words(head) >= 3;
            if (namesSite || shortBrand) return WithoutSiteSuffix(head, outlet, site, strict);
        }
        return title;
    }

    /// <summary>"https://www.lastampa.it/…" → "lastampa": the name a site brands its titles with, letters only.</summary>
    private static string? SiteName(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var labels = uri.Host.Split('.');
        var name = labels.Length >= 2 ? labels[^2] : labels[0];
        return Letters(name) is { Length: >= 3 } letters ? letters : null;
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static IReadOnlyList<string> Authors(PageFacts facts, JsonLdArticle jsonLd)
    {
        var meta = facts.Meta;
        IEnumerable<string> raw = jsonLd.Authors;
        if (!raw.Any()) raw = [Get(meta, "author") ?? Get(meta, "article:author") ?? Get(meta, "sailthru.author") ?? Get(meta, "byl") ?? ""];
        var names = Names(raw).ToList();
        if (names.Count == 0) names = Names(facts.AuthorLinks).ToList();
        if (names.Count == 0) names = Names(facts.Bylines).ToList();
        return names;
    }

    /// <summary>Splits "By A, B and C" into names; drops URLs, handles and over-long strings.</summary>
    private static IEnumerable<string> Names(IEnumerable<string> raw)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in raw)
        {
            var t = Clean(text);
            if (t is null || t.Contains("://", StringComparison.Ordinal) || t.StartsWith('@') || t.Length > 200) continue;
            if (t.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) t = t[3..];
            foreach (var part in t.Split([",", ";", " and ", " & ", " und "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var name = part.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? part[3..].Trim() : part;
                if (name.Length is < 2 or > 60 || !name.Any(char.IsLetter) || name.Contains("://", StringComparison.Ordinal)) continue;
                if (seen.Add(name)) yield return name;
            }
        }
    }

    /// <summary>"en-GB", "en_US", "EN" → "en"; anything that is not a language tag → null.</summary>
    private static string? Language(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var primary = tag.Trim().Split('-', '_', ',', ';')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
            return abs.ToString();
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href.Trim(), out var rel))
            return rel.ToString();
        return null;
    }

    /// <summary>Whitespace collapsed; null when nothing is left.</summary>
    internal static string? Clean(string? text) =>
        text is null ? null : HtmlTree.Collapse(text) is { Length: > 0 } collapsed ? collapsed : null;
}
