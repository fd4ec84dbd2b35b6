using Triangulate.Resources;

namespace Triangulate.Annotate.Quotes;

/// <summary>The word lists of <c>Resources/attribution-lexicon.tsv</c>, loaded once and shared read-only.</summary>
internal sealed class AttributionLexicon
{
    private static readonly Lazy<AttributionLexicon> Shared = new(Load);

    public static AttributionLexicon Instance => Shared.Value;

    public required IReadOnlySet<string> Speech { get; init; }
    public required IReadOnlySet<string> Belief { get; init; }
    public required IReadOnlySet<string> Addressee { get; init; }
    public required IReadOnlySet<string> MaleTitles { get; init; }
    public required IReadOnlySet<string> FemaleTitles { get; init; }
    public required IReadOnlySet<string> Titles { get; init; }
    public required IReadOnlySet<string> Roles { get; init; }
    public required IReadOnlySet<string> Organisations { get; init; }
    public required IReadOnlySet<string> Nominals { get; init; }

    /// <summary>A reporting verb of either class (lower-case form).</summary>
    public bool IsCue(string lower) => Speech.Contains(lower) || Belief.Contains(lower);

    public bool IsTitle(string lower) => Titles.Contains(lower) || MaleTitles.Contains(lower) || FemaleTitles.Contains(lower);

    /// <summary>A word that may stand in a title before a name: "Ms", "President", "Deputy", "Foreign".</summary>
    public bool IsTitleOrRole(string lower) => IsTitle(lower) || Roles.Contains(lower);

    private static AttributionLexicon Load()
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedResources.ReadTable("attribution-lexicon.tsv"))
        {
            if (!classes.TryGetValue(row[0], out var set)) classes[row[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(row[1].Split('|', StringSplitOptions.RemoveEmptyEntries));
        }
        IReadOnlySet<string> Get(string name) =>
            classes.TryGetValue(name, out var set) ? set : throw new InvalidOperationException($"attribution lexicon lacks '{name}'");
        return new AttributionLexicon
        {
            Speech = Get("speech"),
            Belief = Get("belief"),
            Addressee = Get("addressee"),
            MaleTitles = Get("title-m"),
            FemaleTitles = Get("title-f"),
            Titles = Get("title"),
            Roles = Get("role"),
            Organisations = Get("organization"),
            Nominals = Get("nominal"),
        };
    }
}
