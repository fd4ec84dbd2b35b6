namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Splits a speaker phrase into name and role: the name is the last run of capitalised words that
/// are not title or role words ("US Deputy Secretary of State | Wendy Sherman"); what precedes it,
/// or else the apposition, is the role. A phrase whose head is an organisation word ("the State
/// Department", "the office") or an acronym names an organisation.
/// </summary>
internal static class SpeakerNameParser
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "da", "van", "von", "al", "bin", "la", "le", "del", "der", "dos", "du", "di" };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "their", "its" };

    public static SpeakerName Parse(SpeakerPhrase phrase)
    {
        var lexicon = AttributionLexicon.Instance;
        var core = phrase.Core.Where(t => t.IsWord).ToList();
        var gender = Gender.Unknown;
        foreach (var token in core)
        {
            if (lexicon.MaleTitles.Contains(token.Lower)) gender = Gender.Male;
            else if (lexicon.FemaleTitles.Contains(token.Lower)) gender = Gender.Female;
        }

        var head = core[^1];
        if (IsOrganisationHead(head))
            return new SpeakerName(Join(core.SkipWhile(t => Articles.Contains(t.Lower))), null, Gender.Unknown, IsOrganisation: true);

        var (nameStart, nameEnd) = NameRun(core);
        if (nameStart < 0 && IsNameLike(core[^1]))
            return new SpeakerName(Join(core.SkipWhile(t => Articles.Contains(t.Lower))), null, Gender.Unknown, IsOrganisation: true);
        if (nameStart < 0)
        {
            // A nominal: "the deputy secretary", "officials".
            return new SpeakerName(Join(core.SkipWhile(t => Articles.Contains(t.Lower))), null, gender, IsOrganisation: false, IsNominal: true);
        }
        var name = Join(core.Skip(nameStart).Take(nameEnd - nameStart + 1));
        var before = core.Take(nameStart).Where(t => !IsHonorific(t) && !Articles.Contains(t.Lower)).ToList();
        var after = core.Skip(nameEnd + 1).ToList();
        string? role = before.Count > 0 ? Join(before) : after.Count > 0 ? Join(after) : null;
        // An age in apposition ("Sarandon, 69,") is no role.
        if (role is null && phrase.Apposition.Count > 0 && !phrase.Apposition.All(t => t.Text.All(char.IsDigit))) role = Join(phrase.Apposition.SkipWhile(t => Articles.Contains(t.Lower)));
        return new SpeakerName(name, role, gender, IsOrganisation: false);
    }

    /// <summary>Whether the single word names an organisation rather than a person: an acronym such as "NATO".</summary>
    public static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.');

    private static bool IsOrganisationHead(ClauseToken token) =>
        AttributionLexicon.Instance.Organisations.Contains(token.Lower) || (token.IsWord && IsAcronym(token.Text) && token.Text.Length > 2);

    /// <summary>The last run of capitalised non-role words, with name particles inside it ("Charles de Gaulle").</summary>
    private static (int Start, int End) NameRun(IReadOnlyList<ClauseToken> core)
    {
        // "Joel Pollak of Breitbart California": a name followed by "of"/"from"/"at" is the person.
        for (var k = 1; k + 1 < core.Count; k++)
            if (core[k].Lower is "of" or "from" or "at" && IsNameWord(core[k - 1]) && k - 2 >= 0 && IsNameWord(core[k - 2]))
                return (k - 2, k - 1);
        // The name is the head of the phrase: "the Russian diplomat" and "Western officials" name nobody.
        var end = core.Count - 1;
        if (!IsNameWord(core[end])) return (-1, -1);
        var start = end;
        while (start - 1 >= 0 && (IsNameWord(core[start - 1]) || (Particles.Contains(core[start - 1].Lower) && start - 2 >= 0 && IsNameWord(core[start - 2]))))
            start--;
        return (start, end);
    }

    private static bool IsNameWord(ClauseToken token)
    {
        if (!token.IsCapitalised || token.Text.EndsWith("'s", StringComparison.Ordinal) || token.Text.EndsWith("’s", StringComparison.Ordinal)) return false;
        var lexicon = AttributionLexicon.Instance;
        var lower = token.Lower;
        return !Articles.Contains(lower) && !lexicon.IsTitleOrRole(lower) && !lexicon.Nominals.Contains(lower);
    }

    /// <summary>A capitalised head that the role list holds, such as a country code: "the UK said".</summary>
    private static bool IsNameLike(ClauseToken token) => token.IsCapitalised && !AttributionLexicon.Instance.Nominals.Contains(token.Lower);

    private static bool IsHonorific(ClauseToken token) =>
        AttributionLexicon.Instance.MaleTitles.Contains(token.Lower) || AttributionLexicon.Instance.FemaleTitles.Contains(token.Lower);

    private static string Join(IEnumerable<ClauseToken> tokens) => string.Join(' ', tokens.Select(t => t.Text));
}
