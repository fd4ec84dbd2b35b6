namespace Triangulate.Compare.People;

/// <summary>
/// Resolves names across a story's articles into entities: people by compatible names
/// (<see cref="PersonClusterer"/>), organisations and places by normalised name. Pure and
/// deterministic: ids are hashes of the fullest name, entities come in order of first mention.
/// </summary>
public static class EntityResolver
{
    public static EntityResolution Resolve(IEnumerable<NameMention> mentions)
    {
        var people = new List<(int, NameMention, PersonName)>();
        var named = new Dictionary<(EntityKind, string), EntityCluster>();
        var index = 0;
        foreach (var mention in mentions)
        {
            var i = index++;
            if (string.IsNullOrWhiteSpace(mention.Name)) continue;
            var kind = mention.Kind ?? (OrganisationName.Looks(mention.Name) ? EntityKind.Organisation : EntityKind.Person);
            if (kind == EntityKind.Person)
            {
                if (PersonName.Parse(mention.Name) is { } person) people.Add((i, mention, person));
                continue;
            }
            var key = (kind, OrganisationName.Key(mention.Name));
            if (key.Item2.Length == 0) continue;
            if (!named.TryGetValue(key, out var cluster)) named[key] = cluster = new EntityCluster(kind);
            cluster.Add(i, mention, null);
        }
        return Build(PersonClusterer.Cluster(people).Concat(named.Values));
    }

    private static EntityResolution Build(IEnumerable<EntityCluster> clusters)
    {
        var ids = new StableIds();
        var entities = new List<ResolvedEntity>();
        var byMention = new Dictionary<(string, string), ResolvedEntity>();
        foreach (var cluster in clusters.OrderBy(c => c.FirstIndex))
        {
            var name = cluster.Name();
            var entity = cluster.ToEntity(ids.Next(name), name);
            entities.Add(entity);
            foreach (var (_, mention, _) in cluster.Members)
                byMention.TryAdd((mention.Article, EntityResolution.Clean(mention.Name)), entity);
        }
        return new EntityResolution(entities, byMention);
    }
}
