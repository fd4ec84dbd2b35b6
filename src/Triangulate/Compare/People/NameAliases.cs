using Triangulate.Resources;
using Triangulate.Text;

namespace Triangulate.Compare.People;

/// <summary>
/// When two names of organisations or places are one: the same words in any order and hyphenation
/// ("Organisation for Security and Co-operation in Europe" = "Organization for Cooperation and Security
/// in Europe"), an acronym and its expansion ("NATO" = "North Atlantic Treaty Organisation"), and the
/// spellings of <c>Resources/name-variants.tsv</c> ("Kiev" = "Kyiv").
/// </summary>
internal static class NameAliases
{
    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "the", "of", "for", "and", "in", "on", "de", "du", "des", "la", "le", "at" };

    private static readonly Lazy<Dictionary<string, string>> Variants = new(LoadVariants);

    /// <summary>The words of a name, folded and sorted: equal keys name one thing.</summary>
    public static string WordKey(string name)
    {
        var words = Words(name).Where(w => !Minor.Contains(w)).Order(StringComparer.Ordinal).ToList();
        var key = string.Join(' ', words);
        return Variants.Value.GetValueOrDefault(key, key);
    }

    /// <summary>"NATO" → "nato"; null when the name is not an acronym.</summary>
    public static string? Acronym(string name)
    {
        var letters = name.Where(c => c != '.').ToArray();
        return letters.Length is >= 2 and <= 8 && letters.All(char.IsLetter) && letters.Count(char.IsUpper) >= 2
            ? new string(letters).ToLowerInvariant() : null;
    }

    /// <summary>"North Atlantic Treaty Organisation" → "nato": the first letters of its major words.</summary>
    public static string? Initials(string name)
    {
        var words = Words(name).Where(w => !Minor.Contains(w)).ToList();
        return words.Count >= 2 ? string.Concat(words.Select(w => w[0])) : null;
    }

    private static IEnumerable<string> Words(string name) =>
        WordTokenizer.Tokenize(name.Replace("-", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal))
            .Select(t => SpellingNormalizer.Normalize(t.Norm.Replace(".", "", StringComparison.Ordinal)));

    private static Dictionary<string, string> LoadVariants()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedResources.ReadTable("name-variants.tsv"))
        {
            var shown = string.Join(' ', Words(row[0]).Order(StringComparer.Ordinal));
            foreach (var other in row[1].Split('|')) map[string.Join(' ', Words(other).Where(w => !Minor.Contains(w)).Order(StringComparer.Ordinal))] = shown;
        }
        return map;
    }
}
