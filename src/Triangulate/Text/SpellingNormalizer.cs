using System.Text.RegularExpressions;

namespace Triangulate.Text;

/// <summary>
/// Folds British and American spellings of a normalised word to one form ("organisation" and
/// "organization" → "organization", "colour" → "color", "centre" → "center", "travelled" → "traveled").
/// Only used to compare words: the mapping is consistent, not a spelling of record, so a rule that also
/// rewrites a word with no variant ("promise" → "promize") does no harm.
/// </summary>
public static partial class SpellingNormalizer
{
    // Pairs no suffix rule covers.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["dialogue"] = "dialog", ["dialogues"] = "dialogs", ["catalogue"] = "catalog", ["catalogues"] = "catalogs",
        ["programme"] = "program", ["programmes"] = "programs", ["defence"] = "defense", ["offence"] = "offense",
        ["offences"] = "offenses", ["licence"] = "license", ["pretence"] = "pretense", ["judgement"] = "judgment",
        ["judgements"] = "judgments", ["ageing"] = "aging", ["grey"] = "gray", ["sceptical"] = "skeptical",
        ["sceptic"] = "skeptic", ["sceptics"] = "skeptics", ["scepticism"] = "skepticism", ["manoeuvre"] = "maneuver",
        ["manoeuvres"] = "maneuvers", ["aluminium"] = "aluminum", ["jewellery"] = "jewelry", ["enrolment"] = "enrollment",
        ["fulfil"] = "fulfill", ["instalment"] = "installment", ["plough"] = "plow", ["kerb"] = "curb",
    };

    public static string Normalize(string norm)
    {
        // The possessive stays: "organisation's" → "organization's".
        if (norm.EndsWith("'s", StringComparison.Ordinal) && norm.Length > 2) return Normalize(norm[..^2]) + "'s";
        if (Words.TryGetValue(norm, out var word)) return word;
        if (norm.Length < 5) return norm;
        var s = Our().Replace(norm, "$1or$2");
        s = Ise().Replace(s, "$1iz$2");
        s = Yse().Replace(s, "$1yz$2");
        s = Tre().Replace(s, "$1$2er$3");
        return DoubleL().Replace(s, "$1l$2");
    }

    // colour, honourable, favourite, neighbourhood (a stem of 3 letters or more: never four, hour, your).
    [GeneratedRegex("^([a-z]{3,})our(s|ed|ing|able|ably|ite|ites|er|ers|hood|hoods)?$")]
    private static partial Regex Our();

    // organise, organisation, realising (a stem of 4 letters or more: never rise, raise, prise).
    [GeneratedRegex("^([a-z]{4,})is(e|es|ed|ing|ation|ations|ational|er|ers)$")]
    private static partial Regex Ise();

    // analyse, paralysed.
    [GeneratedRegex("^([a-z]{3,})ys(e|es|ed|ing)$")]
    private static partial Regex Yse();

    // centre, theatre, metres, fibre.
    [GeneratedRegex("^([a-z]{2,})(t|b)re(s)?$")]
    private static partial Regex Tre();

    // travelled, cancelling, labelled (never filled, called: two letters or more before the vowel).
    [GeneratedRegex("^([a-z]{2,}[aeiou])ll(ed|ing|er|ers)$")]
    private static partial Regex DoubleL();
}
