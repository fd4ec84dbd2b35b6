using Triangulate.Model;

namespace Triangulate.Compare.People;

/// <summary>
/// One person, organisation or place across the story's articles: a stable <see cref="Id"/> (hash of
/// the fullest name), that name, the most informative role seen, every other form used, and the
/// articles that name it (in article order).
/// </summary>
public sealed record ResolvedEntity(
    string Id,
    EntityKind Kind,
    string Name,
    string? Role,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Articles)
{
    /// <summary>Where the text names it: one citation per mention whose place is known, in article then body order.</summary>
    public IReadOnlyList<Citation> Mentions { get; init; } = [];
}
