namespace Triangulate.Compare.People;

/// <summary>
/// A person's name with titles and suffixes taken off ("Ms Sherman" → Sherman; "President Joe Biden
/// Jr." → Joe Biden): given names and a surname (with its particles: "von der Leyen"). Two names can
/// name the same person when their surnames are equal and their first given names do not conflict.
/// </summary>
internal sealed record PersonName(IReadOnlyList<string> Given, string Surname)
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "vice", "prime", "minister", "secretary", "general", "gen", "col", "colonel", "capt", "captain", "lt",
        "sgt", "sen", "senator", "rep", "gov", "governor", "mayor", "ambassador", "chancellor", "king", "queen",
        "prince", "princess", "pope", "rev", "reverend", "sheikh", "deputy", "foreign", "chairman", "chairwoman",
        "premier", "judge", "justice", "commissioner", "admiral", "adm", "marshal", "envoy", "spokesman",
        "spokeswoman", "spokesperson",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "du", "da", "di", "del", "della", "von", "van", "der", "den", "la", "le", "al", "el", "bin", "ben", "ibn", "ter",
    };

    /// <summary>"Wendy Sherman": the name as a reader would write it, titles dropped.</summary>
    public string Display => string.Join(' ', Given.Append(Surname));

    public int WordCount => Given.Count + Surname.Count(c => c == ' ') + 1;

    /// <summary>Null when nothing but titles is left ("the President").</summary>
    public static PersonName? Parse(string name)
    {
        var words = name.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';')).Where(w => w.Length > 0).ToList();
        while (words.Count > 0 && (IsTitle(words[0]) || words[0].Equals("the", StringComparison.OrdinalIgnoreCase))) words.RemoveAt(0);
        while (words.Count > 1 && Suffixes.Contains(words[^1].TrimEnd('.'))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return null;
        var surnameStart = words.Count - 1;
        while (surnameStart > 0 && Particles.Contains(words[surnameStart - 1])) surnameStart--;
        return new PersonName(words.Take(surnameStart).ToList(), string.Join(' ', words.Skip(surnameStart)));
    }

    private static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));

    public bool SameSurname(PersonName other) => Key(Surname) == Key(other.Surname);

    /// <summary>First given names agree: equal, or one is the other's initial ("W." and "Wendy"); a missing one agrees with any.</summary>
    public bool GivenCompatible(PersonName other)
    {
        if (Given.Count == 0 || other.Given.Count == 0) return true;
        var a = Key(Given[0]).TrimEnd('.');
        var b = Key(other.Given[0]).TrimEnd('.');
        if (a == b) return true;
        return (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));
    }

    public bool Compatible(PersonName other) => SameSurname(other) && GivenCompatible(other);

    private static string Key(string word) => word.Replace('\u2019', '\'').ToLowerInvariant();
}
