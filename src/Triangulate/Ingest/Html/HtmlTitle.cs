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
        var (title, label) = Decide(document, facts, jsonLd, outlet, url);
        if (title is null) return (null, null);
        title = WithoutInvisibles(title);
        title = WithoutPageKicker(title, facts.Kickers);
        return (TitleDatePrefix.Without(title), label);
    }

    /// <summary>Soft hyphens and zero-width spaces mark where a long word may break; they are no part of the words.</summary>
    private static string WithoutInvisibles(string title) =>
        title.IndexOfAny(['\u00AD', '\u200B', '\u2060']) < 0 ? title : string.Concat(title.Where(c => c is not ('\u00AD' or '\u200B' or '\u2060')));

    private static (string? Title, string? Label) Decide(IHtmlDocument document, PageFacts facts, JsonLdArticle jsonLd, string? outlet, string? url)
    {
        var meta = facts.Meta;
        var site = SiteName(url);
        var titleElement = Clean(document.Title);
        (string Label, string? Text)[] tagged =
        [
            (MetadataSource.Meta("og:title"), Get(meta, "og:title")),
            (MetadataSource.JsonLd(jsonLd.HeadlineProperty ?? "headline"), jsonLd.Headline),
            (MetadataSource.Meta("twitter:title"), Get(meta, "twitter:title")),
        ];
        var taggedTexts = tagged.Select(c => (Text: Clean(c.Text), c.Label)).Where(c => c.Text is not null && !NamesSite(c.Text, outlet, site)).ToList();
        var (candidate, label) = taggedTexts.FirstOrDefault();
        var h1 = Heading(facts, titleElement, candidate, outlet, site);
        if (candidate is null) (candidate, label) = (h1, MetadataSource.Heading);
        var strict = candidate is not null;
        if (KickerInHeading(h1, candidate ?? titleElement, outlet, site, strict) is { } headline)
            return (headline, candidate is null ? MetadataSource.TitleElement : label);
        // An h1 that prints the tagged headline and then a separator and a few words ("Headline | Site", often in a
        // visually hidden span) adds a site or section name: the tagged headline is the whole of it.
        if (h1 is not null && strict && HeadlineThenSuffix(h1, candidate!)) return (candidate, label);
        // hAtom markup that names the h1 the entry's headline states what the page's headline is.
        if (h1 is not null && Words(h1) >= 3 && facts.Headings.Any(h => h.Marked && Clean(h.Text) == h1)) return (h1, MetadataSource.Heading);
        // The headline the page shows wins over the one it gives to social cards and search engines, which
        // sites often rewrite; a heading that shares no word with those is a logo or a section name.
        if (h1 is not null && Words(h1) >= 3 && (SharesWords(h1, candidate ?? titleElement) || (titleElement is not null && SharesWords(h1, titleElement))))
            return (h1, MetadataSource.Heading);
        if (candidate is null) (candidate, label) = (titleElement, MetadataSource.TitleElement);
        if (candidate is null) return (null, null);
        if (h1 is not null && Words(h1) >= 2 && candidate != h1)
        {
            // "Headline | Site", "Site | Headline", "Rubric: Headline" around the page's own h1: the h1 is the headline.
            if (HeadingSeparators.Any(sep => candidate.StartsWith(h1 + sep, StringComparison.Ordinal) || candidate.EndsWith(sep + h1, StringComparison.Ordinal)))
                return (h1, MetadataSource.Heading);
            // One cut short of the other ("… Gigafactory-Kapazität" / "… Gigafactory-Kapazität in Tennessee"): the h1 is the page's own.
            if (Words(h1) >= 3 && (h1.StartsWith(candidate, StringComparison.Ordinal) || candidate.StartsWith(h1, StringComparison.Ordinal)))
                return (h1, MetadataSource.Heading);
            // "HeadlineSite Name | Site Name": a template glued the site's name to the h1 it repeats.
            if (GluedSiteName(h1, candidate, outlet)) return (h1, MetadataSource.Heading);
        }
        candidate = WithoutSectionPrefix(candidate, facts.Headings);
        candidate = WithoutHeadingSuffix(candidate, facts.Headings, titleElement, outlet, site);
        var others = taggedTexts.Select(t => t.Text!).Append(titleElement).OfType<string>()
            .Select(t => WithoutSiteSuffix(t, outlet, site, strict: false));
        return (KickerTheSourcesDisagreeOn(WithoutSiteSuffix(candidate, outlet, site, strict), others), label);
    }

    /// <summary>
    /// "Covid-19: Headline" on a page that prints "Covid-19" in an element marked as a kicker: the tags
    /// glued the kicker to the headline with a colon.
    /// </summary>
    private static string WithoutPageKicker(string title, List<string> kickers)
    {
        foreach (var raw in kickers)
            if (Clean(raw) is { } kicker && title.StartsWith(kicker + ": ", StringComparison.Ordinal) && Words(title[(kicker.Length + 2)..]) >= 3)
                return title[(kicker.Length + 2)..].Trim();
        return title;
    }

    /// <summary>
    /// The h1 that carries the headline: the one inside &lt;article&gt;, else the first the &lt;title&gt; or og:title
    /// repeats (an earlier h1 may name the section), else the first that is no navigation heading, unless that
    /// names the site.
    /// </summary>
    private static string? Heading(PageFacts facts, string? titleElement, string? tagged, string? outlet, string? site)
    {
        if (Clean(facts.ArticleHeading) is { } inArticle) return NamesSite(inArticle, outlet, site) ? null : inArticle;
        var repeated = facts.Headings.Where(h => !h.Logo).Select(h => Clean(h.Text)).OfType<string>()
            .FirstOrDefault(t => Words(t) >= 2 && (Repeats(titleElement, t) || Repeats(tagged, t)) && !NamesSite(t, outlet, site) && !IsTitleBrand(t, titleElement, outlet, site));
        if (repeated is not null) return repeated;
        var first = facts.Headings.FirstOrDefault(h => !h.Furniture) is { } h ? Clean(h.Text) : null;
        return first is null || NamesSite(first, outlet, site) || IsTitleBrand(first, titleElement, outlet, site) ? null : first;
    }

    private static bool Repeats(string? title, string heading) =>
        title is not null && Letters(heading) is { Length: >= 8 } key && Letters(title).Contains(key, StringComparison.Ordinal);

    /// <summary>
    /// "Headline | Brand" with an h1 that is the Brand: a logo heading, not the article's. (In "Site - Section - Headline"
    /// the last segment is the headline: the first names the site.)
    /// </summary>
    private static bool IsTitleBrand(string heading, string? titleElement, string? outlet, string? site)
    {
        if (titleElement is null || Words(heading) > 4) return false;
        foreach (var sep in TitleSeparators)
        {
            var i = titleElement.LastIndexOf(sep, StringComparison.Ordinal);
            if (i <= 0 || Words(titleElement[..i]) < 2 || Letters(titleElement[(i + sep.Length)..]) != Letters(heading)) continue;
            var firstSegment = titleElement[..titleElement.IndexOf(sep, StringComparison.Ordinal)];
            if (!NamesSiteLoosely(firstSegment, outlet, site)) return true;
        }
        return false;
    }

    /// <summary>The tagged title is the h1 followed directly by the site's name, once or more ("HeadlineBrand | Brand").</summary>
    private static bool GluedSiteName(string h1, string tagged, string? outlet)
    {
        if (!tagged.StartsWith(h1, StringComparison.Ordinal) || tagged.Length == h1.Length || char.IsWhiteSpace(tagged[h1.Length])) return false;
        var rest = Letters(tagged[h1.Length..]);
        var brand = TitleSeparators.Select(sep => tagged.LastIndexOf(sep, StringComparison.Ordinal) is > 0 and var i ? Letters(tagged[(i + sep.Length)..]) : "")
            .Append(outlet is null ? "" : Letters(outlet)).Where(b => b.Length >= 4);
        return brand.Any(b => rest.Replace(b, "", StringComparison.Ordinal).Length == 0);
    }

    /// <summary>
    /// "Site - News » Headline" on a page whose h1 is "News": the title walks down the site's sections to the
    /// headline, and a segment naming the section the page heads itself with is no part of it.
    /// </summary>
    private static string WithoutSectionPrefix(string title, List<PageHeading> headings)
    {
        var sections = headings.Select(h => Clean(h.Text)).OfType<string>().Where(t => Words(t) <= 3).Select(Letters).Where(k => k.Length >= 3).ToHashSet(StringComparer.Ordinal);
        if (sections.Count == 0) return title;
        foreach (var sep in TitleSeparators)
        {
            var i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i <= 0 || Words(title[(i + sep.Length)..]) < 2) continue;
            // Only a walk down from the site ("Site - Section » …"): a lone "Headline - Site" names no section.
            var before = title[..i];
            var last = TitleSeparators.Select(s => before.LastIndexOf(s, StringComparison.Ordinal) is > 0 and var j ? before[(j + s.Length)..] : before).MinBy(x => x.Length)!;
            if (last.Length < before.Length && sections.Contains(Letters(last))) return title[(i + sep.Length)..].Trim();
        }
        return title;
    }

    /// <summary>
    /// "Headline - Logo" where an h1 of the page is that Logo (it links to the front page), or "Headline | Strapline"
    /// where the h1 is the strapline the title ends with: that last segment is no part of the headline.
    /// </summary>
    private static string WithoutHeadingSuffix(string title, List<PageHeading> headings, string? titleElement, string? outlet, string? site)
    {
        foreach (var heading in headings)
        {
            if (Clean(heading.Text) is not { } text || !(heading.Logo || IsTitleBrand(text, titleElement, outlet, site))) continue;
            foreach (var sep in TitleSeparators)
                if (title.EndsWith(sep + text, StringComparison.Ordinal) && Words(title[..^(sep.Length + text.Length)]) >= 2)
                    return title[..^(sep.Length + text.Length)].Trim();
        }
        return title;
    }

    /// <summary>
    /// "Rubric: Headline" in one source and "Other rubric: Headline" or "Headline" in another: the sources agree only
    /// on the headline, so the kicker before it is a label each of them sets apart.
    /// </summary>
    private static string KickerTheSourcesDisagreeOn(string title, IEnumerable<string> others)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || Words(title[..colon]) > 4) return title;
        var core = title[(colon + 2)..].Trim();
        if (Words(core) < 2) return title;
        foreach (var other in others)
        {
            if (other == title) continue;
            if (other == core) return core;
            var at = other.IndexOf(": ", StringComparison.Ordinal);
            if (at > 0 && other[(at + 2)..].Trim() == core && other[..at] != title[..colon]) return core;
        }
        return title;
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

    // "Blog", "Magazine", "Online", "Startseite": what a site adds to its name on its front page. A longer rest
    // ("Unsere Site Produkte") is a title that mentions the site.
    private const int MaxBrandAddition = 10;

    /// <summary>A "title" that is only the site's own name ("seelenradio", "ICON Magazine") names no article.</summary>
    private static bool NamesSite(string title, string? outlet, string? site)
    {
        var key = Letters(title);
        if (key.Length == 0) return false;
        return (outlet is not null && key == Letters(outlet)) || (site is not null && Words(title) <= 3 && key.Contains(site, StringComparison.Ordinal) && key.Length <= site.Length + MaxBrandAddition);
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " › ", " » "];

    private static readonly string[] HeadingSeparators = [.. TitleSeparators, ": "];

    /// <summary>
    /// "Talks end in Geneva | The Outlet" → "Talks end in Geneva". A suffix naming the outlet or the
    /// site's host always goes; for &lt;title&gt; (not strict) a short last segment goes too, since that
    /// is how sites brand it.
    /// </summary>
    private static string WithoutSiteSuffix(string title, string? outlet, string? site, bool strict)
    {
        foreach (var sep in TitleSeparators)
        {
            // "seelenradio » Nummer zwei: Leo", "INDUSTRIEMAGAZIN | …": a prefix naming the site goes too.
            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && Words(title[(first + sep.Length)..]) >= 2 && NamesSiteLoosely(title[..first], outlet, site))
                return WithoutSiteSuffix(LastCrumb(title[(first + sep.Length)..].Trim(), sep), outlet, site, strict);
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

    /// <summary>
    /// "Site » Blog Archive » Headline": after the site's name the same separator walks down short section
    /// names to the headline, the longest and last segment.
    /// </summary>
    private static string LastCrumb(string rest, string sep)
    {
        var segments = rest.Split(sep, StringSplitOptions.TrimEntries);
        if (segments.Length < 2) return rest;
        var last = segments[^1];
        return segments[..^1].All(s => Words(s) is > 0 and <= 3 && Words(s) < Words(last)) && Words(last) >= 2 ? last : rest;
    }
}
