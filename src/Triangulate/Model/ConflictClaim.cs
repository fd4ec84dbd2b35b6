namespace Triangulate.Model;

/// <summary>One side of a conflict: the exact words of one article and the value they give.</summary>
public sealed record ConflictClaim(string Article, int Start, int End, string Text, string Value);
