using System.Globalization;
using System.Text;
using Triangulate.Model;

namespace Triangulate.Bench.Metadata;

/// <summary>
/// Field accuracy the way the web-metadata set is scored: a field counts only on pages whose gold is
/// non-empty; titles and names compare after folding case, whitespace and typographic punctuation;
/// dates on YYYY-MM-DD; several authors (split on ";", ",", "and", "und", "&amp;") must all be found.
/// </summary>
public static class MetadataScorer
{
    public sealed record Tally(int Pages, int Right)
    {
        public double Accuracy => Pages == 0 ? 0 : (double)Right / Pages;
    }

    public static bool TitleMatches(string gold, string? predicted) =>
        predicted is not null && Fold(gold) == Fold(predicted);

    public static bool DateMatches(string gold, PublicationTime? predicted) =>
        predicted is not null && predicted.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == gold.Trim()[..Math.Min(10, gold.Trim().Length)];

    public static bool AuthorsMatch(string gold, IReadOnlyList<string> predicted)
    {
        var want = SplitNames(gold).Select(Fold).ToHashSet(StringComparer.Ordinal);
        var have = predicted.SelectMany(SplitNames).Select(Fold).ToHashSet(StringComparer.Ordinal);
        return want.Count > 0 && want.SetEquals(have);
    }

    public static IEnumerable<string> SplitNames(string names) =>
        names.Replace(" und ", ";", StringComparison.OrdinalIgnoreCase).Replace(" and ", ";", StringComparison.OrdinalIgnoreCase)
            .Replace("&", ";").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length > 0);

    /// <summary>Whether a snippet occurs in the body once whitespace is folded on both sides.</summary>
    public static bool Contains(string body, string snippet) =>
        Spaces(body).Contains(Spaces(snippet), StringComparison.Ordinal);

    // The project runs with invariant globalization, where Normalize leaves non-ASCII text as it is:
    // a composed and a decomposed spelling of one letter still differ here (one Bengali title does).
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var folded = c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' or '‚' => '\'',
                '–' or '—' => '-',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(folded);
        }
        return sb.ToString().Trim();
    }

    private static string Spaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
