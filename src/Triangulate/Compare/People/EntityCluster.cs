using Triangulate.Model;

namespace Triangulate.Compare.People;

/// <summary>The name mentions found to name one entity, and how to present it: fullest name, most informative role.</summary>
internal sealed class EntityCluster(EntityKind kind)
{
    private readonly List<(int Index, NameMention Mention, PersonName? Person)> members = [];

    public EntityKind Kind { get; } = kind;

    public IReadOnlyList<(int Index, NameMention Mention, PersonName? Person)> Members => members;

    public int FirstIndex => members.Min(m => m.Index);

    /// <summary>For people: the name with the most words seen so far (the one others are checked against).</summary>
    public PersonName? Fullest { get; private set; }

    public void Add(int index, NameMention mention, PersonName? person)
    {
        members.Add((index, mention, person));
        if (person is not null && (Fullest is null || person.WordCount > Fullest.WordCount)) Fullest = person;
    }

    public bool HasArticle(string article) => members.Any(m => m.Mention.Article == article);

    /// <summary>People: most words, then longest, then ordinal. Others: the most used form, then longest, then ordinal.</summary>
    public string Name() => Kind == EntityKind.Person
        ? members.Select(m => m.Person!.Display).OrderByDescending(d => d.Split(' ').Length).ThenByDescending(d => d.Length)
            .ThenBy(d => d, StringComparer.Ordinal).First()
        : MostUsed(Acronyms().Any() ? Acronyms() : members.Select(m => OrganisationName.Display(EntityResolution.Clean(m.Mention.Name))))!;

    /// <summary>An organisation known by an acronym is shown by it ("NATO", not its expansion).</summary>
    private IEnumerable<string> Acronyms() =>
        members.Select(m => EntityResolution.Clean(m.Mention.Name)).Where(n => n.Length >= 2 && n.All(c => char.IsUpper(c) || c == '.'));

    /// <summary>The most informative role: most words, then longest, then most used, then ordinal.</summary>
    public string? Role() =>
        members.Select(m => m.Mention.Role is { } r ? EntityResolution.Clean(r) : "").Where(r => r.Length > 0)
            .GroupBy(r => r, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Split(' ').Length).ThenByDescending(g => g.Key.Length).ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();

    public ResolvedEntity ToEntity(string id, string name) => new(
        id, Kind, name, Role(),
        members.Select(m => EntityResolution.Clean(m.Mention.Name)).Where(n => n != name).Distinct().Order(StringComparer.Ordinal).ToList(),
        members.OrderBy(m => m.Index).Select(m => m.Mention.Article).Distinct().ToList())
    {
        Mentions = members.Where(m => m.Mention.Range is not null).OrderBy(m => m.Index)
            .Select(m => new Citation(m.Mention.Article, m.Mention.Range!.Value.Start, m.Mention.Range.Value.End))
            .Distinct().ToList(),
    };

    /// <summary>Takes in another cluster's mentions (an acronym and its expansion, two spellings of a place).</summary>
    public void Absorb(EntityCluster other)
    {
        foreach (var (index, mention, person) in other.members) Add(index, mention, person);
    }

    private static string? MostUsed(IEnumerable<string> forms) =>
        forms.GroupBy(f => f, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
}
