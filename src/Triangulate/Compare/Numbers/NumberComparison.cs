using Triangulate.Model;

namespace Triangulate.Compare.Numbers;

/// <summary>
/// The numbers of a story compared: one <see cref="QuantityGroup"/> per thing two or more articles
/// measure, and a <see cref="Conflict"/> of kind <see cref="ConflictKind.Number"/> for each group
/// in which two articles give values their hedges cannot reconcile (<see cref="ValueBand"/>). A
/// conflict's claims are the values on either side, each cited to its sentence (a second value in one
/// article included); values that fit with every other ("tens of thousands") stay only in the group.
/// </summary>
internal static class NumberComparison
{
    public static (IReadOnlyList<QuantityGroup> Groups, IReadOnlyList<Conflict> Conflicts) Compare(IReadOnlyList<AnnotatedArticle> articles)
    {
        var groups = QuantityGrouper.Group(QuantityPlacer.Place(articles))
            .Where(g => g.Select(q => q.ArticleIndex).Distinct().Count() > 1).ToList();
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
