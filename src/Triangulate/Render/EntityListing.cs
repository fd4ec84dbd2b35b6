using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>
/// Which entities the reading formats list under "People and organisations": those two or more
/// articles name, or whose role is stated, people first, then organisations, then places, each by how
/// many articles name them; with each article's first mention, in article order. (JSON lists every entity.)
/// </summary>
internal static class EntityListing
{
    public static IReadOnlyList<(StoryEntity Entity, IReadOnlyList<Citation> FirstMentions)> Of(Briefing briefing) =>
        briefing.Entities
            .Select(e => (Entity: e, FirstMentions: (IReadOnlyList<Citation>)e.Mentions.DistinctBy(m => m.Article).ToList()))
            .Where(x => x.FirstMentions.Count >= 2 || (x.Entity.Role is not null && x.FirstMentions.Count >= 1))
            .OrderBy(x => KindOrder(x.Entity.Kind)).ThenByDescending(x => x.FirstMentions.Count).ThenBy(x => x.Entity.Name, StringComparer.Ordinal)
            .ToList();

    private static int KindOrder(string kind) => kind switch { "person" => 0, "organization" => 1, _ => 2 };
}
