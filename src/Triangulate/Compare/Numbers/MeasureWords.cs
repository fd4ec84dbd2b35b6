namespace Triangulate.Compare.Numbers;

/// <summary>
/// Word lists that say what a number measures: units, as stems (a number of hours or kilometres is a measure even
/// in "the eight-hour-long talks"), the kinds of event casualty counts report (stems), and the words
/// that make a number a rate ("a day", "per year", "annually").
/// </summary>
internal static class MeasureWords
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "second", "minut", "hour", "dai", "week", "month", "year", "decad", "centuri", "year-old", "km", "kilometr", "kilomet",
        "mile", "metr", "meter", "kg", "kilogram", "ton", "tonn", "barrel", "dollar", "euro", "pound", "yen", "percent",
    };

    private static readonly (string Kind, string[] Stems)[] EventKinds =
    [
        ("death", ["kill", "die", "dead", "death", "toll", "fatal", "slain", "perish", "murder", "live"]),
        ("injury", ["injur", "wound", "hurt"]),
        ("arrest", ["arrest", "detain", "jail", "imprison"]),
        ("missing", ["miss"]),
        ("displacement", ["displac", "flee", "fled", "refuge", "evacu"]),
    ];

    private static readonly HashSet<string> RateWords = new(StringComparer.Ordinal) { "daily", "weekly", "monthly", "annually", "yearly", "hourly" };

    private static readonly HashSet<string> RateUnits = new(StringComparer.Ordinal) { "hour", "day", "week", "month", "year" };

    private static readonly HashSet<string> RateLeads = new(StringComparer.Ordinal) { "a", "an", "per", "each", "every" };

    private static readonly HashSet<string> GenericUnits = new(StringComparer.Ordinal)
    {
        "km", "kilometr", "kilomet", "mile", "metr", "meter", "kg", "kilogram", "ton", "tonn", "dollar", "euro", "pound", "yen", "percent",
    };

    public static bool IsUnit(string key) => Units.Contains(key);

    /// <summary>A unit that can measure anything: a share, a sum of money, a distance or a weight (not a duration).</summary>
    public static bool IsGenericUnit(string key) => GenericUnits.Contains(key);

    public static string? EventKind(string stem) =>
        EventKinds.FirstOrDefault(k => k.Stems.Contains(stem)).Kind;

    /// <summary>The rate a word pair names ("a day", "per year") or a rate word ("annually"), as "per day"; else null. Takes normalised words, not stems.</summary>
    public static string? Rate(string lead, string word)
    {
        if (RateWords.Contains(word)) return "per " + word;
        return RateLeads.Contains(lead) && RateUnits.Contains(word) ? "per " + word : null;
    }
}
