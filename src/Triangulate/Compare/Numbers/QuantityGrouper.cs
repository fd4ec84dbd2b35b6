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
        foreach (var quantity in quantities)
        {
            var group = groups.FirstOrDefault(g => g.Any(m => MeasureMatcher.Same(quantity, m)) && !g.Any(m => MeasureMatcher.Distinguished(quantity, m)));
            if (group is null) groups.Add([quantity]);
            else group.Add(quantity);
        }
        return groups;
    }
}
