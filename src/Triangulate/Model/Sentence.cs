namespace Triangulate.Model;

/// <summary>A sentence of an article: its range in the body and its position in the article.</summary>
public sealed record Sentence(int Index, TextRange Range, int Paragraph);
