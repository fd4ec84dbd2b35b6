namespace Triangulate.Compare.People;

/// <summary>The entities of a story and, for each name as an article gave it, the entity it names.</summary>
public sealed class EntityResolution
{
    private readonly Dictionary<(string Article, string Name), ResolvedEntity> byMention;

    internal EntityResolution(IReadOnlyList<ResolvedEntity> entities, Dictionary<(string Article, string Name), ResolvedEntity> byMention)
    {
        Entities = entities;
        this.byMention = byMention;
    }

    public static EntityResolution Empty { get; } = new([], []);

    /// <summary>In order of first mention.</summary>
    public IReadOnlyList<ResolvedEntity> Entities { get; }

    /// <summary>The entity that a name in an article names, or null when it was not resolved.</summary>
    public ResolvedEntity? Find(string article, string name) => byMention.GetValueOrDefault((article, Clean(name)));

    internal static string Clean(string name) => string.Join(' ', name.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
