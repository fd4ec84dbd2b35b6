using Triangulate.Model;

namespace Triangulate.Compare.Numbers;

/// <summary>
/// The numbers of a story compared: one <see cref="QuantityGroup"/> per thing two or more articles
/// measure (unless their figures need more than two positions to fit), and a <see cref="Conflict"/> of kind <see cref="ConflictKind.Number"/> for each group
/// in which two articles give values their hedges cannot reconcile (<see cref="ValueBand"/>). A
/// conflict's claims are the values on either side, each cited to its sentence (a second value in one
/// article included); values that fit with every other ("tens of thousands") stay only in the group.
/// </summary>
internal static class NumberComparison
{
    public static (IReadOnlyList<QuantityGroup> Groups, IReadOnlyList<Conflict> Conflicts) Compare(IReadOnlyList<AnnotatedArticle> articles)
    {
        var groups = QuantityGrouper.Group(QuantityPlacer.Place(articles))
            .Where(g => g.Select(q => q.ArticleIndex).Distinct().Count() > 1 && Positions(g) <= MaxPositions).ToList();
        var shown = new List<QuantityGroup>();
        var conflicts = new List<Conflict>();
        foreach (var group in groups)
        {
            var about = About(group);
            shown.Add(new QuantityGroup(about, group.Select(Value).ToList()));
            if (!group.Any(q => group.Any(o => MeasureMatcher.Comparable(q, o) && !q.Band.Meets(o.Band)))) continue;
            // Once two articles disagree, every value that one of the same thing rules out is a side, from either article.
            var sides = group.Where(q => q.CanConflict && group.Any(o => o.CanConflict && MeasureMatcher.Same(q, o) && !q.Band.Meets(o.Band)));
            conflicts.Add(new Conflict(ConflictKind.Number, about, sides.Select(Claim).ToList()));
        }
        return (shown, conflicts);
    }

    /// <summary>
    /// Outlets that disagree take two positions, rarely more; figures that need more than
    /// <see cref="MaxPositions"/> values to fit them all ("two", "twelve", "23", "more than 50" athletes)
    /// are counts of different things that share a noun, neither one measured quantity nor a conflict.
    /// </summary>
    private const int MaxPositions = 2;

    /// <summary>The fewest values that fall in every figure's band (greedy interval stabbing).</summary>
    private static int Positions(IReadOnlyList<PlacedQuantity> group)
    {
        var positions = 0;
        var point = double.NegativeInfinity;
        foreach (var band in group.Select(q => q.Band).OrderBy(b => b.High).ThenBy(b => b.Low))
        {
            if (band.Low <= point) continue;
            point = band.High;
            positions++;
        }
        return positions;
    }

    /// <summary>The noun most of the group's values use ("troops"); ties go to the longer, then the first in order.</summary>
    private static string About(IReadOnlyList<PlacedQuantity> group) =>
        group.GroupBy(q => q.Quantity.Noun!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

    private static QuantityValue Value(PlacedQuantity q) =>
        new(q.ArticleId, q.Quantity.Range.Start, q.Quantity.Range.End, q.Text, q.Quantity.Value, q.Quantity.Approx);

    private static ConflictClaim Claim(PlacedQuantity q) =>
        new(q.ArticleId, q.Sentence.Start, q.Sentence.End, q.Sentence.Slice(q.Article.Article.Body), q.Text);
}
