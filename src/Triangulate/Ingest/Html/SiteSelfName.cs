using static Triangulate.Ingest.Html.HtmlMetadataReader;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Whether an author name is the site naming itself: the outlet ("Presse Augsburg"), one part of an
/// og:site_name that also carries a slogan or the headline ("NB - Nordische Blätter", "Headline of the day | Die WOCHE"),
/// the outlet's initials ("NB" for "Nordische Blätter"), or the domain ("example-news.de", "FC Blaue Bembelfreunde" on blaue-bembelfreunde.de).
/// </summary>
internal static class SiteSelfName
{
    private static readonly string[] PartSeparators = [" | ", " - ", " – ", " — ", " · ", ": "];

    /// <summary>Shortest domain label a name must contain to count as the domain: shorter ones ("stern") occur inside surnames.</summary>
    private const int MinContainedSite = 8;

    public static bool Names(string name, string? outlet, string? site)
    {
        var key = Letters(name);
        if (key.Length == 0) return false;
        if (outlet is not null)
        {
            if (key == Letters(outlet)) return true;
            foreach (var part in outlet.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (key == Letters(part) || (IsAcronym(name) && key == Initials(part))) return true;
        }
        if (site is null) return false;
        return key == site || (name.Contains('.') && key.StartsWith(site, StringComparison.Ordinal))
            || (site.Length >= MinContainedSite && key.Contains(site, StringComparison.Ordinal));
    }

    /// <summary>"NB", "FAZ": two to five capitals, the way a masthead abbreviates itself.</summary>
    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 5 && name.All(char.IsUpper);

    /// <summary>"Nordische Blätter" → "nb".</summary>
    private static string Initials(string text) =>
        string.Concat(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToLowerInvariant(w[0])));
}
