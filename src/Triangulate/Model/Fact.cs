namespace Triangulate.Model;

/// <summary>
/// One thing the articles report: the claims of different articles that say the same thing, grouped.
/// <see cref="Text"/> is the exact text of the first citation; <see cref="Support"/> counts distinct
/// sources (a wire story and its copies count once). <see cref="Id"/> is stable (a content hash).
/// </summary>
public sealed record Fact(string Id, string Text, int Support, IReadOnlyList<Citation> Citations);
