namespace Triangulate.Model;

/// <summary>
/// One sentence of the briefing. Extractive: <see cref="Text"/> is the exact text of the first
/// citation; later citations are other articles that report the same content.
/// </summary>
public sealed record SummarySentence(string Text, IReadOnlyList<Citation> Citations);
