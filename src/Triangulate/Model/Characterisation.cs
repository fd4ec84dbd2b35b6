namespace Triangulate.Model;

/// <summary>
/// A short evaluative description an article attributes to someone ("frank and forthright", said by
/// Wendy Sherman of the talks). <see cref="Speaker"/> is null when the article names nobody.
/// </summary>
public sealed record Characterisation(string Text, string? Speaker, Citation Citation);
