using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>Whether a measured quantity is also reported as a numeric conflict, so the compact "Numbers" list can point to it.</summary>
internal static class QuantityDisputes
{
    public static bool IsDisputed(Briefing briefing, QuantityGroup group) =>
        briefing.Conflicts.Any(c => c.Kind == ConflictKind.Number && c.About == group.About && c.Claims.All(claim =>
            group.Values.Any(v => v.Article == claim.Article && v.Text == claim.Value && claim.Start <= v.Start && v.End <= claim.End)));
}
