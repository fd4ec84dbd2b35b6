using Triangulate.Model;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// The words that hedge a number, before it ("more than", "almost", "about", "an estimated") or
/// after it ("or more", "or so"), and the <see cref="Approximation"/> each gives. Longer phrases win
/// ("no fewer than" is more-than, not less-than).
/// </summary>
internal static class Hedges
{
    private static readonly (string[] Words, Approximation Approx)[] Before = Sorted(
    [
        (["more", "than"], Approximation.MoreThan), (["over"], Approximation.MoreThan), (["at", "least"], Approximation.MoreThan),
        (["above"], Approximation.MoreThan), (["upwards", "of"], Approximation.MoreThan), (["in", "excess", "of"], Approximation.MoreThan),
        (["no", "fewer", "than"], Approximation.MoreThan), (["no", "less", "than"], Approximation.MoreThan), (["exceeding"], Approximation.MoreThan),
        (["almost"], Approximation.LessThan), (["nearly"], Approximation.LessThan), (["up", "to"], Approximation.LessThan),
        (["fewer", "than"], Approximation.LessThan), (["less", "than"], Approximation.LessThan), (["under"], Approximation.LessThan),
        (["below"], Approximation.LessThan), (["close", "to"], Approximation.LessThan), (["as", "many", "as"], Approximation.LessThan),
        (["no", "more", "than"], Approximation.LessThan), (["not", "more", "than"], Approximation.LessThan),
        (["about"], Approximation.About), (["around"], Approximation.About), (["approximately"], Approximation.About),
        (["some"], Approximation.About), (["roughly"], Approximation.About), (["an", "estimated"], Approximation.About),
        (["estimated"], Approximation.About), (["circa"], Approximation.About), (["approx"], Approximation.About),
    ]);

    private static readonly (string[] Words, Approximation Approx)[] After =
    [
        (["or", "more"], Approximation.MoreThan), (["or", "so"], Approximation.About),
        (["or", "fewer"], Approximation.LessThan), (["or", "less"], Approximation.LessThan),
    ];

    private static readonly HashSet<string> Words = Before.SelectMany(h => h.Words).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every word some hedge uses, so a noun phrase does not take one for a noun.</summary>
    public static bool IsHedgeWord(string norm) => Words.Contains(norm);

    /// <summary>The longest hedge ending just before token <paramref name="at"/>: (its first token, its approximation), or null.</summary>
    public static (int First, Approximation Approx)? EndingBefore(TokenView view, int at)
    {
        foreach (var (words, approx) in Before)
        {
            var first = at - words.Length;
            if (first < 0) continue;
            var match = true;
            for (var k = 0; k < words.Length && match; k++)
                match = view.Norm(first + k) == words[k] && (k + 1 < words.Length ? view.SpacedBefore(first + k + 1) : IsLeadGap(view.Before(at)));
            if (match) return (first, approx);
        }
        return null;
    }

    /// <summary>A hedge starting at token <paramref name="at"/>: (its last token, its approximation), or null.</summary>
    public static (int Last, Approximation Approx)? StartingAt(TokenView view, int at)
    {
        foreach (var (words, approx) in After)
        {
            var match = at + words.Length <= view.Count;
            for (var k = 0; k < words.Length && match; k++)
                match = view.Norm(at + k) == words[k] && view.SpacedBefore(at + k);
            if (match) return (at + words.Length - 1, approx);
        }
        return null;
    }

    /// <summary>Spaces, or spaces and a currency sign ("more than $5 million").</summary>
    private static bool IsLeadGap(string gap) => TokenView.IsSpaces(Money.WithoutSign(gap));

    private static (string[] Words, Approximation Approx)[] Sorted((string[] Words, Approximation Approx)[] hedges) =>
        hedges.OrderByDescending(h => h.Words.Length).ToArray();
}
