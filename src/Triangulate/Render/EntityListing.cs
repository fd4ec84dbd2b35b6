using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>
/// Which entities the reading formats list under "People and organisations": those two or more
/// articles name, or whose role is stated, people first, then organisations, then places, each by how
/// many articles name them. (JSON lists every entity.)
/// </summary>
internal static class EntityListing
{
    public static IReadOnlyList<(StoryEntity Entity, IReadOnlyList<string> Articles)> Of(Briefing briefing) =>
        briefing.Entities
            .Select(e => (Entity: e, Articles: (IReadOnlyList<string>)e.Mentions.Select(m => m.Article).Distinct().ToList()))
            .Where(x => x.Articles.Count >= 2 || (x.Entity.Role is not null && x.Articles.Count >= 1))
            .OrderBy(x => KindOrder(x.Entity.Kind)).ThenByDescending(x => x.Articles.Count).ThenBy(x => x.Entity.Name, StringComparer.Ordinal)
            .ToList();

    private static int KindOrder(string kind) => kind switch { "person" => 0, "organization" => 1, _ => 2 };
}
