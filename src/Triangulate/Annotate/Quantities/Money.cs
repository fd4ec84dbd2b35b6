namespace Triangulate.Annotate.Quantities;

/// <summary>Currency signs before a figure ("$5 million", "US$20", "€3bn") and the currency each names.</summary>
internal static class Money
{
    private static readonly Dictionary<char, string> Signs = new() { ['$'] = "dollars", ['€'] = "euros", ['£'] = "pounds", ['¥'] = "yen" };

    /// <summary>The currency sign right before word <paramref name="at"/>, with its offset, or null.</summary>
    public static (int Offset, string Currency)? SignBefore(TokenView view, int at)
    {
        var gap = view.Before(at);
        if (gap.Length == 0 || !Signs.TryGetValue(gap[^1], out var currency)) return null;
        return (view.Range(at).Start - 1, currency);
    }

    public static string WithoutSign(string gap) => gap.Length > 0 && Signs.ContainsKey(gap[^1]) ? gap[..^1] : gap;

    public static double Multiplier(string abbreviation) => abbreviation switch
    {
        "k" => 1e3,
        "m" or "mn" => 1e6,
        "bn" or "b" => 1e9,
        _ => 1e12,
    };
}
