namespace Triangulate.Annotate.Quantities;

/// <summary>
/// English number words: the values of "seven", "twenty", "hundred", "million"; and the vague
/// magnitudes ("dozens", "thousands") whose plural says only the order of a number.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    private static readonly Dictionary<string, double> VagueMagnitudes = new(StringComparer.Ordinal)
    {
        ["dozens"] = 12, ["hundreds"] = 1e2, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9, ["trillions"] = 1e12,
    };

    /// <summary>Words before a scale that leave only its order: "several thousand", "a few hundred".</summary>
    private static readonly HashSet<string> VagueCounts = new(StringComparer.Ordinal) { "several", "few", "many", "couple" };

    public static bool IsSmall(string norm) => Small.ContainsKey(norm);

    public static int SmallValue(string norm) => Small[norm];

    public static bool IsScale(string norm) => Scales.ContainsKey(norm);

    public static double ScaleValue(string norm) => Scales[norm];

    public static bool IsVagueMagnitude(string norm) => VagueMagnitudes.ContainsKey(norm);

    public static double VagueValue(string norm) => VagueMagnitudes[norm];

    public static bool IsVagueCount(string norm) => VagueCounts.Contains(norm);

    /// <summary>Any word that is part of a number ("dozen" included), so a noun phrase stops there.</summary>
    public static bool IsNumberWord(string norm) =>
        Small.ContainsKey(norm) || Scales.ContainsKey(norm) || VagueMagnitudes.ContainsKey(norm) || norm is "dozen" or "tens";
}
