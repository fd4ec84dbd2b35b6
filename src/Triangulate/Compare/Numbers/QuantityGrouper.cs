namespace Triangulate.Compare.Numbers;

/// <summary>
/// Groups quantities into measured things, in story order: a quantity joins the first group holding
/// one that measures the same thing (<see cref="MeasureMatcher.Same"/>) and none it is told apart
/// from, so a chain of loose matches cannot join two things a pair shows to differ.
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
            var group = candidates.FirstOrDefault(g => g.Any(m => MeasureMatcher.Same(quantity, m)) && !g.Any(m => MeasureMatcher.Distinguished(quantity, m)));
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
