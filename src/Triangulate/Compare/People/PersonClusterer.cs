namespace Triangulate.Compare.People;

/// <summary>
/// Groups people's names across articles. Full names ("Wendy Sherman", "W. Sherman") join the one
/// person whose fullest name they are compatible with; a bare surname ("Sherman", "Ms Sherman") joins
/// the person of that surname named in the same article, else the only one in the story. A name that
/// fits several people is kept apart rather than guessed.
/// </summary>
internal static class PersonClusterer
{
    public static IEnumerable<EntityCluster> Cluster(IReadOnlyList<(int Index, NameMention Mention, PersonName Name)> people)
    {
        var full = new List<EntityCluster>();
        var withGiven = people.Where(p => p.Name.Given.Count > 0)
            .OrderByDescending(p => p.Name.WordCount).ThenByDescending(p => p.Name.Display.Length)
            .ThenBy(p => p.Name.Display, StringComparer.Ordinal).ThenBy(p => p.Index);
        foreach (var p in withGiven)
        {
            var target = Pick(full.Where(c => c.Fullest!.Compatible(p.Name)).ToList(), p.Mention.Article);
            if (target is null) full.Add(target = new EntityCluster(EntityKind.Person));
            target.Add(p.Index, p.Mention, p.Name);
        }
        var bare = new Dictionary<string, EntityCluster>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in people.Where(p => p.Name.Given.Count == 0).OrderBy(p => p.Index))
        {
            var target = Pick(full.Where(c => c.Fullest!.SameSurname(p.Name)).ToList(), p.Mention.Article);
            if (target is null && !bare.TryGetValue(p.Name.Surname, out target))
                bare[p.Name.Surname] = target = new EntityCluster(EntityKind.Person);
            target.Add(p.Index, p.Mention, p.Name);
        }
        return full.Concat(bare.Values);
    }

    /// <summary>The only candidate named in the article, else the only candidate; null when none or ambiguous.</summary>
    private static EntityCluster? Pick(List<EntityCluster> candidates, string article)
    {
        var local = candidates.Where(c => c.HasArticle(article)).ToList();
        if (local.Count == 1) return local[0];
        return local.Count == 0 && candidates.Count == 1 ? candidates[0] : null;
    }
}
