namespace Triangulate.Compare.Numbers;

/// <summary>
/// Groups quantities into measured things, in story order: a quantity joins the first group in which
/// at least half the members measure the same thing (<see cref="MeasureMatcher.Same"/>) and none is
/// told apart from it, so a chain of loose matches cannot grow a group of unrelated figures.
/// </summary>
internal static class QuantityGrouper
{
    public static IReadOnlyList<IReadOnlyList<PlacedQuantity>> Group(IReadOnlyList<PlacedQuantity> quantities)
    {
        var groups = new List<List<PlacedQuantity>>();
        var byKey = new Dictionary<string, List<List<PlacedQuantity>>>(StringComparer.Ordinal);
        foreach (var quantity in quantities)
        {
            if (!byKey.TryGetValue(quantity.Key, out var candidates)) byKey[quantity.Key] = candidates = [];
            var group = candidates.FirstOrDefault(g => 2 * g.Count(m => MeasureMatcher.Same(quantity, m)) >= g.Count && !g.Any(m => MeasureMatcher.Distinguished(quantity, m)));
            if (group is null)
            {
                group = [];
                groups.Add(group);
                candidates.Add(group);
            }
            group.Add(quantity);
        }
        return groups;
    }
}
