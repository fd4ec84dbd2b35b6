using AngleSharp.Html.Dom;
using Triangulate.Model;
using static Triangulate.Ingest.Html.HtmlMetadataReader;

namespace Triangulate.Ingest.Html;

/// <summary>
/// The article's headline, from og:title, JSON-LD, twitter:title, the page's h1 and &lt;title&gt;, without the
/// site name, section or kicker the page prints around it; with the label of the source it came from.
/// </summary>
internal static class HtmlTitle
{
    /// <summary>The headline and the label of the element or tag it was read from.</summary>
    public static (string? Title, string? Label) Read(IHtmlDocument document, PageFacts facts, JsonLdArticle jsonLd, string? outlet, string? url)
    {
        var meta = facts.Meta;
        var site = SiteName(url);
        var h1 = Clean(facts.ArticleHeading ?? facts.FirstHeading) is { } heading && !NamesSite(heading, outlet, site) ? heading : null;
        (string Label, string? Text)[] tagged =
        [
            (MetadataSource.Meta("og:title"), Get(meta, "og:title")),
            (MetadataSource.JsonLd(jsonLd.HeadlineProperty ?? "headline"), jsonLd.Headline),
            (MetadataSource.Meta("twitter:title"), Get(meta, "twitter:title")),
        ];
        var (candidate, label) = tagged.Select(c => (Text: Clean(c.Text), c.Label))
            .FirstOrDefault(c => c.Text is not null && !NamesSite(c.Text, outlet, site));
        if (candidate is null) (candidate, label) = (h1, MetadataSource.Heading);
        var strict = candidate is not null;
        if (KickerInHeading(h1, candidate ?? Clean(document.Title), outlet, site, strict) is { } headline)
            return (headline, candidate is null ? MetadataSource.TitleElement : label);
        // An h1 that prints the tagged headline and then a separator and a few words ("Headline | Site", often in a
        // visually hidden span) adds a site or section name: the tagged headline is the whole of it.
        if (h1 is not null && strict && HeadlineThenSuffix(h1, candidate!)) return (candidate, label);
        // The headline the page shows wins over the one it gives to social cards and search engines, which
        // sites often rewrite; a heading that shares no word with those is a logo or a section name.
        if (h1 is not null && Words(h1) >= 3 && SharesWords(h1, candidate ?? Clean(document.Title))) return (h1, MetadataSource.Heading);
        if (candidate is null) (candidate, label) = (Clean(document.Title), MetadataSource.TitleElement);
        if (candidate is null) return (null, null);
        if (h1 is not null && Words(h1) >= 2 && candidate != h1)
        {
            // "Headline | Site", "Site | Headline", "Rubric: Headline" around the page's own h1: the h1 is the headline.
            if (HeadingSeparators.Any(sep => candidate.StartsWith(h1 + sep, StringComparison.Ordinal) || candidate.EndsWith(sep + h1, StringComparison.Ordinal)))
                return (h1, MetadataSource.Heading);
            // One cut short of the other ("… Gigafactory-Kapazität" / "… Gigafactory-Kapazität in Tennessee"): the h1 is the page's own.
            if (Words(h1) >= 3 && (h1.StartsWith(candidate, StringComparison.Ordinal) || candidate.StartsWith(h1, StringComparison.Ordinal)))
                return (h1, MetadataSource.Heading);
        }
        return (WithoutSiteSuffix(candidate, outlet, site, strict), label);
    }

    /// <summary>
    /// The h1 prints a kicker before the headline ("Tunesien Große Aufgaben für die neue Regierung",
    /// "Covid-19: Lässt sich …") while the tags give the headline alone: that is the headline.
    /// </summary>
    private static string? KickerInHeading(string? h1, string? tagged, string? outlet, string? site, bool strict)
    {
        if (h1 is null || tagged is null) return null;
        var core = WithoutSiteSuffix(tagged, outlet, site, strict);
        return Words(core) >= 3 && h1.Length > core.Length + 2 && h1.EndsWith(core, StringComparison.Ordinal) ? core : null;
    }

    private static bool HeadlineThenSuffix(string h1, string tagged) =>
        Words(tagged) >= 2 && HeadingSeparators.Any(sep => h1.StartsWith(tagged + sep, StringComparison.Ordinal) && Words(h1[(tagged.Length + sep.Length)..]) is > 0 and <= 3);

    private static bool SharesWords(string heading, string? other)
    {
        if (other is null) return true;
        var theirs = WordSet(other);
        var mine = WordSet(heading);
        return mine.Count > 0 && mine.Count(theirs.Contains) * 3 >= mine.Count;
    }

    private static HashSet<string> WordSet(string text) =>
        text.Split([' ', ',', ':', ';', '.', '!', '?', '"', '\'', '“', '”', '„', '(', ')', '-', '–', '—', '|'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);

    private static bool NamesSiteLoosely(string text, string? outlet, string? site)
    {
        var key = Letters(text);
        return key.Length > 0 && ((outlet is not null && (key.Contains(Letters(outlet), StringComparison.Ordinal) || Letters(outlet).Contains(key, StringComparison.Ordinal)))
            || (site is not null && (key.Contains(site, StringComparison.Ordinal) || site.Contains(key, StringComparison.Ordinal))));
    }

    /// <summary>A "title" that is only the site's own name ("seelenradio", "ICON Magazine") names no article.</summary>
    private static bool NamesSite(string title, string? outlet, string? site)
    {
        var key = Letters(title);
        if (key.Length == 0) return false;
        return (outlet is not null && key == Letters(outlet)) || (site is not null && Words(title) <= 3 && key.Contains(site, StringComparison.Ordinal));
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " › ", " » "];

    private static readonly string[] HeadingSeparators = [.. TitleSeparators, ": "];

    /// <summary>
    /// "Talks end in Geneva | The Outlet" → "Talks end in Geneva". A suffix naming the outlet or the
    /// site's host always goes; for &lt;title&gt; (not strict) a short last segment goes too, since that
    /// is how sites brand it.
    /// </summary>
    internal static string WithoutSiteSuffix(string title, string? outlet, string? site, bool strict)
    {
        foreach (var sep in TitleSeparators)
        {
            // "seelenradio » Nummer zwei: Leo", "INDUSTRIEMAGAZIN | …": a prefix naming the site goes too.
            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && Words(title[(first + sep.Length)..]) >= 2 && NamesSiteLoosely(title[..first], outlet, site))
                return WithoutSiteSuffix(title[(first + sep.Length)..].Trim(), outlet, site, strict);
        }
        foreach (var sep in TitleSeparators)
        {
            var i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i <= 0) continue;
            var head = title[..i].Trim();
            var tail = title[(i + sep.Length)..].Trim();
            var namesSite = NamesSiteLoosely(tail, outlet, site);
            var shortBrand = !strict && Words(tail) <= 4 && Words(head) >= 3;
            if (namesSite || shortBrand) return WithoutSiteSuffix(head, outlet, site, strict);
        }
        return title;
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
