using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// Splits "A, B and C" into names and checks that each looks like a person's or an
/// organisation's name: capitalised words (with particles such as "van", "de", "al-"), not
/// weekdays, months or common words that open a sentence ("By Monday", "By then").
/// </summary>
internal static partial class NameList
{
    [GeneratedRegex(@"\s*(?:,\s*and\s+|,\s*&\s*|;\s*|,\s*|\s+and\s+|\s*&\s*|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    private static readonly HashSet<string> Particles = new HashSet<string>(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "da", "das", "dos", "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ben", "ter", "zu",
    };

    private static readonly HashSet<string> NotNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "the", "then", "now", "this", "that",
        "these", "those", "far", "contrast", "comparison", "midnight", "noon", "morning", "evening", "night", "law", "way", "staff",
    };

    /// <summary>The names of a list, or null when any item does not look like a name; <paramref name="strip"/> removes a part of each item first (a place).</summary>
    public static List<string>? Split(string text, int maxWords = 5, Regex? strip = null)
    {
        var names = new List<string>();
        foreach (var part in Separator().Split(text.Trim().TrimEnd('.')))
        {
            var name = (strip is null ? part : strip.Replace(part, "")).Trim();
            if (name.Length == 0) continue;
            if (!LooksLikeName(name, maxWords)) return null;
            names.Add(name);
        }
        return names.Count > 0 ? names : null;
    }

    /// <summary>Capitalised words (acronyms and particles allowed), at most <paramref name="maxWords"/> of them.</summary>
    public static bool LooksLikeName(string name, int maxWords = 5)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > maxWords) return false;
        if (!char.IsUpper(words[0][0])) return false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            // "The" may open an organisation's name ("The Moscow Times"), never a lone word.
            if (i == 0 && words.Length > 1 && word == "The") continue;
            if (NotNames.Contains(word.TrimEnd('.', ','))) return false;
            if (char.IsUpper(word[0]) || Particles.Contains(word) || word.StartsWith("al-", StringComparison.Ordinal)) 
            {
                foreach (var c in word)
                    if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '’' or '/')) return false;
                continue;
            }
            return false;
        }
        return true;
    }
}
