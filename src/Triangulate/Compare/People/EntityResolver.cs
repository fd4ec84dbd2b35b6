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
        var named = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
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
            // Organisations and places by their words, whatever kind a tagger gave each mention.
            var key = NameAliases.WordKey(mention.Name);
            if (key.Length == 0) continue;
            if (!named.TryGetValue(key, out var cluster)) named[key] = cluster = new EntityCluster(kind);
            cluster.Add(i, mention, null);
        }
        return Build(PersonClusterer.Cluster(people).Concat(MergeAcronyms(named.Values.ToList())));
    }

    /// <summary>"NATO" joins "North Atlantic Treaty Organisation" when exactly one named body has those initials.</summary>
    private static IEnumerable<EntityCluster> MergeAcronyms(List<EntityCluster> clusters)
    {
        var absorbed = new HashSet<EntityCluster>(ReferenceEqualityComparer.Instance);
        foreach (var acronym in clusters)
        {
            var forms = acronym.Members.Select(m => NameAliases.Acronym(m.Mention.Name.Trim())).OfType<string>().Distinct().ToList();
            if (forms.Count != 1) continue;
            var letters = forms[0];
            var expansions = clusters.Where(c => c != acronym && !absorbed.Contains(c)
                && c.Members.Any(m => NameAliases.Initials(OrganisationName.Display(m.Mention.Name)) == letters)).ToList();
            if (expansions.Count != 1) continue;
            expansions[0].Absorb(acronym);
            absorbed.Add(acronym);
        }
        return clusters.Where(c => !absorbed.Contains(c));
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
