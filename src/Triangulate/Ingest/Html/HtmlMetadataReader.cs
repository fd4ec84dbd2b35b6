using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Triangulate.Ingest.Metadata;
using Triangulate.Model;
using static Triangulate.Ingest.Html.LabelledCandidates;

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
        var (outletRaw, outletLabel) = First<string>([Meta(meta, "og:site_name"), (MetadataSource.JsonLd("publisher"), jsonLd.Publisher), Meta(meta, "application-name")]);
        var outlet = Clean(outletRaw);
        var (url, urlLabel) = First(UrlCandidates(facts, jsonLd, input));
        var (title, titleLabel) = Title(document, facts, jsonLd, outlet, url);
        var (authors, authorsLabel, authorsNameOutlet) = HtmlAuthors.Read(facts, jsonLd, outlet, SiteName(url));
        var (published, publishedLabel) = PublishedDate.Pick(facts, jsonLd, input, url);
        var (updated, updatedLabel) = First(HtmlDateCandidates.Updated(facts, jsonLd));
        var (language, languageLabel) = First(LanguageCandidates(document, meta, jsonLd));
        var labels = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [MetadataField.Title] = titleLabel, [MetadataField.Outlet] = outlet is null ? null : outletLabel,
            [MetadataField.Authors] = authors.Count > 0 ? authorsLabel : null, [MetadataField.Published] = publishedLabel,
            [MetadataField.Updated] = updatedLabel, [MetadataField.Url] = urlLabel, [MetadataField.Language] = languageLabel,
        };

        return new DraftMetadata
        {
            Title = title,
            Outlet = outlet,
            Authors = authors,
            AuthorsNameOutlet = authorsNameOutlet,
            Published = published,
            Updated = updated,
            Url = url,
            Language = language,
            Provenance = labels.Where(l => l.Value is not null).ToDictionary(l => l.Key, l => l.Value!, StringComparer.Ordinal),
        };
    }

    private static IEnumerable<(string? Label, string? Value)> UrlCandidates(PageFacts facts, JsonLdArticle jsonLd, RawInput input)
    {
        yield return (MetadataSource.CanonicalLink, Absolute(facts.Canonical, input.Url));
        yield return (MetadataSource.Meta("og:url"), Absolute(Get(facts.Meta, "og:url"), input.Url));
        yield return (MetadataSource.JsonLd("url"), Absolute(jsonLd.Url, input.Url));
        yield return (input.UrlLabel, input.Url);
    }

    private static IEnumerable<(string? Label, string? Value)> LanguageCandidates(IHtmlDocument document, Dictionary<string, string> meta, JsonLdArticle jsonLd)
    {
        yield return (MetadataSource.HtmlLang, Language(document.DocumentElement.GetAttribute("lang")));
        yield return Map(Meta(meta, "content-language"), Language);
        yield return (MetadataSource.JsonLd("inLanguage"), Language(jsonLd.Language));
        yield return Map(Meta(meta, "og:locale"), Language);
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    /// <summary>The headline and the label of the element or tag it was read from.</summary>
    private static (string? Title, string? Label) Title(IHtmlDocument document, PageFacts facts, JsonLdArticle jsonLd, string? outlet, string? url)
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

    /// <summary>"https://www.lastampa.it/…" → "lastampa": the name a site brands its titles with, letters only.</summary>
    internal static string? SiteName(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var labels = uri.Host.Split('.');
        var name = labels.Length >= 2 ? labels[^2] : labels[0];
        return Letters(name) is { Length: >= 3 } letters ? letters : null;
    }

    internal static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Splits "By A, B and C" into names; drops URLs, handles, over-long strings and link labels
    /// ("Weitere Artikel"); "Veröffentlicht von", "par", "von" and the like before a name go.
    /// </summary>
    internal static IEnumerable<string> Names(IEnumerable<string> raw)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in raw)
        {
            var t = Clean(text);
            if (t is null || t.Contains("://", StringComparison.Ordinal) || t.StartsWith('@') || t.Length > 200) continue;
            // "Dominique — veröffentlicht 28.01.2022": the name ends at a dash or bar.
            foreach (var stop in (string[])[" — ", " – ", " | ", " · "])
                if (t.IndexOf(stop, StringComparison.Ordinal) is > 0 and var at) t = t[..at];
            // "Von Max Muster am 3. Mai 2016", "by Jane Doe on March 3, 2020": the date after the name goes.
            if (AuthorNameParts.DateAfter().Match(t) is { Success: true, Index: > 0 } date) t = t[..date.Index];
            foreach (var part in AuthorNameParts.Split(t))
            {
                // A label glued to the name ("AuthorAndreas Kalt"), a decoration ("~ Cem Basman") or a role ("Rechtsanwalt X") before it.
                var name = RolePrefix.Strip(WithoutNamePrefix(part.TrimStart('~', '-', '–', '—', '•', '·', '|', '/', ' ')).TrimEnd('-', '–', '—', '|', '·', ' '));
                // "Grant Tinsley, PhD": a degree after the comma is no second author.
                if (Credentials.Contains(name.Replace(".", "", StringComparison.Ordinal))) continue;
                if (name.Length is < 2 or > 60 || !name.Any(char.IsLetter) || name.Contains("://", StringComparison.Ordinal)) continue;
                if (!LooksLikeName(name)) continue;
                if (seen.Add(name)) yield return name;
            }
        }
    }

    private static readonly string[] NamePrefixes =
        ["veröffentlicht von", "eingestellt von", "publié par", "publicado por", "pubblicato da", "pressemitteilung von", "erstellt von", "geschrieben von", "posted by", "written by", "written by:", "autor:", "author:",
         "von:", "text:", "interview:", "redaktion:", "by:", "by", "von", "vom", "par", "por", "di", "door", "av", "author", "autorin", "autor", "auteur"];

    private static string WithoutNamePrefix(string part)
    {
        foreach (var prefix in NamePrefixes)
            if (part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (part.Length == prefix.Length || !char.IsLower(part[prefix.Length]) || prefix.EndsWith(':')))
                return part[prefix.Length..].Trim(' ', ':');
        return part;
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "von", "van", "de", "der", "den", "le", "la", "du", "di", "da", "del", "bin", "al", "zu", "y" };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "weiter", "weitere artikel", "mehr", "more", "read more", "admin", "administrator", "unknown", "anonymous", "anonym",
        "gast", "guest", "name", "autor", "author", "auteur", "text", "no author",
        // A role printed as its own item after the name ("Jan Muster, Kolumnist") is no second author.
        "kolumnist", "kolumnistin", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "columnist", "correspondent",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        "PhD", "MD", "RD", "MS", "MSc", "MA", "BSc", "MBA", "MPH", "RN", "DO", "CPT", "LD", "CDE", "DDS", "PharmD",
    };

    /// <summary>A name has at most five words, and its words are capitalised but for particles ("Charles de Gaulle").</summary>
    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Form labels ("Name *", "Auteur:"), dates and link labels are no names.
        if (words.Length > 5 || name.IndexOfAny(['→', '»', '*', '(', ':', '?', '!']) >= 0) return false;
        // A login name may carry digits ("walker1975"); a name of several words with digits is a date or a count.
        if (name.Any(char.IsDigit) && !(words.Length == 1 && AuthorNameParts.IsHandleWithDigits(name))) return false;
        if (NotNames.Contains(name)) return false;
        var lower = words.Count(w => char.IsLower(w[0]) && !NameParticles.Contains(w));
        // "auto-welt.at Redaktion", "werk-it Webteam": a site spelt in lower case before the word for its team.
        return words.Length == 1 || lower == 0 || (words.Length <= 3 && AuthorNameParts.IsTeamWord(words[^1]));
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
