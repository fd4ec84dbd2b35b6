using Triangulate.Text;

namespace Triangulate.Compare.People;

/// <summary>
/// Organisation names: telling them from people's names by their form, and the key under which two
/// spellings are one organisation ("the State Department" = "State Department"; "NATO" = "Nato";
/// "Organisation" = "Organization").
/// </summary>
internal static class OrganisationName
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "department", "ministry", "office", "council", "commission", "agency", "committee", "government", "kremlin",
        "pentagon", "embassy", "alliance", "organization", "union", "party", "bank", "fund", "service", "court",
        "parliament", "senate", "congress", "house", "administration", "institute", "university", "association",
        "federation", "company", "corporation", "group", "army", "forces", "police", "delegation", "mission",
        "statement", "nato", "osce", "un", "eu", "imf",
    };

    /// <summary>"the …", an acronym (NATO, OSCE), or a name holding an organisation word (Ministry, Council, Kremlin).</summary>
    public static bool Looks(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return true;
        var letters = trimmed.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper)) return true;
        return WordTokenizer.Tokenize(trimmed).Any(t => Words.Contains(SpellingNormalizer.Normalize(t.Norm)));
    }

    /// <summary>Lower case, spelling folded, dots and a leading "the" dropped.</summary>
    public static string Key(string name)
    {
        var words = WordTokenizer.Tokenize(name).Select(t => SpellingNormalizer.Normalize(t.Norm.Replace(".", ""))).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        return string.Join(' ', words);
    }

    /// <summary>The name as shown: without a leading "the" ("State Department").</summary>
    public static string Display(string name)
    {
        var trimmed = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && trimmed.Length > 4 ? trimmed[4..] : trimmed;
    }
}
