namespace Triangulate.Model;

/// <summary>Where sources disagree: what about, and each side cited with its own words.</summary>
public sealed record Conflict(ConflictKind Kind, string About, IReadOnlyList<ConflictClaim> Claims);
