namespace Triangulate.Compare.Numbers;

/// <summary>
/// Whether two quantities measure the same thing. They must count the same noun (after stemming) and
/// share a word of context ("border", "talks"); they must not be told apart by their noun phrases
/// ("two former Soviet nations" vs "three Baltic nations"), their time frames (different years, a rate
/// against a total) or the events they count (killed vs injured). Comparing values across articles
/// asks more: two shared words of context, so a conflict rests on more than one coincidence. A unit
/// that measures anything (percent, a currency, a distance or weight) needs one word more in each case.
/// </summary>
internal static class MeasureMatcher
{
    private const int SameContext = 1, ConflictContext = 2;

    /// <summary>Units that measure anything (a share, a sum, a distance) need one more shared word than counted things.</summary>
    private const int GenericUnitExtra = 1;

    public static bool Same(PlacedQuantity a, PlacedQuantity b) =>
        a.Key == b.Key && !Distinguished(a, b) && Shared(a.Context, b.Context) >= SameContext + Extra(a);

    /// <summary>Same thing, and said closely enough alike in two articles for differing values to be a disagreement.</summary>
    public static bool Comparable(PlacedQuantity a, PlacedQuantity b) =>
        a.ArticleIndex != b.ArticleIndex && a.CanConflict && b.CanConflict && Same(a, b) && Shared(a.Context, b.Context) >= ConflictContext + Extra(a);

    private static int Extra(PlacedQuantity q) => MeasureWords.IsGenericUnit(q.Key) ? GenericUnitExtra : 0;

    public static bool Distinguished(PlacedQuantity a, PlacedQuantity b) =>
        Disjoint(a.Modifiers, b.Modifiers) || Disjoint(a.Events, b.Events) || Disjoint(a.Years, b.Years) || !a.Rates.SetEquals(b.Rates);

    /// <summary>Both say something and nothing in common.</summary>
    private static bool Disjoint(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Count > 0 && b.Count > 0 && !a.Overlaps(b);

    private static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Count(b.Contains);
}
