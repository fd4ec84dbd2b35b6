using System.Text.RegularExpressions;
using Triangulate.Ingest.Metadata;
using Triangulate.Model;
using static Triangulate.Ingest.Html.HtmlMetadataReader;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Who wrote the article, from the places a page names its authors in order of trust: JSON-LD, the author
/// meta tags, rel/itemprop=author, byline and author classes, a "Von …"/"By …" line around the headline,
/// a name after an "Autor:" label, then the poster of a forum thread's first post.
/// </summary>
internal static partial class HtmlAuthors
{
    /// <summary>
    /// The authors and the label of where they were named; (empty, null) when nowhere. <c>OnlyOutlet</c> says
    /// the names are the site naming itself, so a byline in the text that names a person is the better answer.
    /// </summary>
    public static (IReadOnlyList<string> Names, string? Label, bool OnlyOutlet) Read(PageFacts facts, JsonLdArticle jsonLd, string? outlet, string? site)
    {
        bool IsOutlet(string name) => SiteSelfName.Names(name, outlet, site);
        var found = Sources(facts, jsonLd).Where(s => s.Names.Count > 0)
            .Select(s => (s.Label, Names: s.Names.Select(n => WithoutOutletRole(n, outlet, site)).ToList())).ToList();
        // Sites often name themselves as author ("BBC News", "jungefreiheit.de"): a person named elsewhere wins;
        // when no source names one, the site is all the page gives as its author.
        var people = found.Select(s => (s.Label, Names: s.Names.Where(n => !IsOutlet(n)).ToList()))
            .Where(s => s.Names.Count > 0).ToList();
        if (people.Count == 0) return found.Count > 0 ? (found[0].Names, found[0].Label, true) : ([], null, false);
        var (label, names) = people[0];
        // A later source may name the same people more fully or name more of them: the meta tag's "Nils" beside
        // the byline's "Nils Pickert", JSON-LD's first author beside a byline "von Rudolf Fischer, Simon Kohler".
        foreach (var (moreLabel, more) in people.Skip(1))
            if (Extends(more, names)) return (more, moreLabel, false);
        return (names, label, false);
    }

    private static IEnumerable<(string Label, List<string> Names)> Sources(PageFacts facts, JsonLdArticle jsonLd)
    {
        yield return (MetadataSource.JsonLd("author"), Names(jsonLd.Authors).ToList());
        // JSON-LD may name only an organisation or a handle, which Names drops: the meta tag may still name a person.
        var (metaLabel, metaAuthor) = LabelledCandidates.Meta(facts.Meta, "author", "article:author", "og:article:author", "sailthru.author", "byl", "dc.creator", "dcterms.creator");
        if (metaLabel is not null && metaLabel.Contains("creator", StringComparison.Ordinal)) metaAuthor = GivenNameFirst(metaAuthor);
        yield return (metaLabel ?? MetadataSource.Meta("author"), IsPhrase(metaAuthor) ? [] : Names([metaAuthor ?? ""]).ToList());
        var (yoastKey, yoastAuthor) = YoastWrittenBy.Read(facts.Meta);
        yield return (MetadataSource.Meta(yoastKey ?? "twitter:data1"), Names([yoastAuthor ?? ""]).ToList());
        yield return (MetadataSource.AuthorLink, FirstNamed(facts.AuthorLinks));
        yield return (MetadataSource.BylineElement, FirstNamed(facts.Bylines));
        yield return (MetadataSource.AuthorElement, FirstNamed(facts.AuthorTexts));
        yield return (MetadataSource.Byline, BylineNearHeading(facts));
        yield return (MetadataSource.AuthorLabel, FirstNamed(facts.LabelledAuthors));
        yield return (MetadataSource.DataAuthor, Names([facts.DataAuthor ?? ""]).ToList());
    }

    /// <summary>
    /// The names of the first element that gives any: author links and classes also mark the authors of
    /// comments and of related posts further down, while one byline ("By A and B") names all the authors.
    /// </summary>
    private static List<string> FirstNamed(IEnumerable<string> texts)
    {
        foreach (var text in texts)
            if (Names([text]).ToList() is { Count: > 0 } names) return names;
        return [];
    }

    /// <summary>
    /// The people of the first "Von Max Muster"/"By Jane Doe" line just below or above the headline, or the
    /// name in a line of date, time and name there ("09.05.2017 | 17:45 Uhr | Anna Muster").
    /// </summary>
    private static List<string> BylineNearHeading(PageFacts facts)
    {
        foreach (var text in facts.TextsNearHeading.Concat(facts.TextsBeforeHeading))
        {
            if (Clean(text) is not { } line) continue;
            if (BylineParser.TryParse(line, out var byline) && byline.Authors.Count > 0) return Names(byline.Authors).ToList();
            if (NameBesideDate(line) is { } name) return [name];
        }
        return [];
    }

    private static readonly string[] MetaLineSeparators = [" | ", " - ", " – ", " — ", " · ", " • "];

    [GeneratedRegex(@"^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?:\s*Uhr)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDateOrTime();

    /// <summary>"23.08.2018 - Anna Muster": a capitalised name of two or three words at one end of a line whose other parts are dates and times.</summary>
    private static string? NameBesideDate(string line)
    {
        var parts = line.Split(MetaLineSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2) return null;
        foreach (var (name, others) in (IEnumerable<(string, string[])>)[(parts[^1], parts[..^1]), (parts[0], parts[1..])])
            if (Words(name) is 2 or 3 && name.Split(' ').All(w => char.IsUpper(w[0])) && NameList.LooksLikeName(name, 3)
                && others.All(o => NumericDateOrTime().IsMatch(o)) && Names([name]).FirstOrDefault() == name)
                return name;
        return null;
    }

    private static readonly HashSet<string> LowerParticles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "der", "den", "du", "da", "di", "del", "la", "le", "zu", "bin", "al", "y", "e", "und", "and", "et", "&",
    };

    /// <summary>
    /// "Landesamt für Umwelt und Natur - LUN": a meta author with a lower-case word
    /// that is no particle or conjunction names an institution or says something, and lists no people.
    /// </summary>
    private static bool IsPhrase(string? text) =>
        text is not null && text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words
        && words.Any(w => char.IsLower(w[0]) && !LowerParticles.Contains(w) && !w.Contains('.'));

    [GeneratedRegex(@"^(?<surname>\p{Lu}[\p{L}'-]+),\s*(?<given>\p{Lu}[\p{L}.'-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameComma();

    /// <summary>Dublin Core writes "Harm, Robert", surname first: one person, "Robert Harm".</summary>
    private static string? GivenNameFirst(string? creator) =>
        creator is not null && SurnameComma().Match(creator.Trim()) is { Success: true } m ? m.Groups["given"].Value + " " + m.Groups["surname"].Value : creator;

    [GeneratedRegex(@"^(?<name>.+?)\s+(?<site>\S+)\s+(?:Staff|Staff Writer|Writer|Contributor|Correspondent|Reporter|Redaktion)$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletRole();

    /// <summary>"Jane Doe CityVoice Staff" → "Jane Doe": the site's name and a role after a person's name.</summary>
    private static string WithoutOutletRole(string name, string? outlet, string? site)
    {
        var m = OutletRole().Match(name);
        return m.Success && m.Groups["name"].Value.Contains(' ', StringComparison.Ordinal) && SiteSelfName.Names(m.Groups["site"].Value, outlet, site)
            ? m.Groups["name"].Value : name;
    }

    /// <summary>
    /// Whether <paramref name="more"/> names everyone in <paramref name="names"/> and either gives a lone
    /// first name or login name in full ("Nils" → "Nils Pickert", "edilson.la.rosa" → "Edilson La Rosa") or adds people of two words or more.
    /// </summary>
    private static bool Extends(List<string> more, List<string> names)
    {
        var fuller = false;
        foreach (var name in names)
        {
            if (more.Any(m => m.Equals(name, StringComparison.OrdinalIgnoreCase))) continue;
            // A login name ("edilson.la.rosa", "robert_stitz") spelt out in full elsewhere ("Edilson La Rosa").
            if (IsHandle(name) && more.Any(m => m.Contains(' ', StringComparison.Ordinal) && Letters(m) == Letters(name))) { fuller = true; continue; }
            if (name.Contains(' ', StringComparison.Ordinal) || !more.Any(m => m.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) && Words(m) == 2)) return false;
            fuller = true;
        }
        var added = more.Where(m => !names.Any(n => m.Equals(n, StringComparison.OrdinalIgnoreCase) || m.StartsWith(n + " ", StringComparison.OrdinalIgnoreCase))).ToList();
        return (fuller || added.Count > 0) && added.All(m => Words(m) >= 2);
    }

    /// <summary>One lower-case word of letters joined by dots, underscores or hyphens: how sites spell a login name.</summary>
    private static bool IsHandle(string name) =>
        name.IndexOfAny(['.', '_', '-']) > 0 && !name.Contains(' ', StringComparison.Ordinal) && !name.Any(char.IsUpper);
}
