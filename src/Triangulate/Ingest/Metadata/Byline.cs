namespace Triangulate.Ingest.Metadata;

/// <summary>What a byline says: the authors, and the outlet the story was written for, when named.</summary>
public sealed record Byline(IReadOnlyList<string> Authors, string? Outlet);
