using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>A word of a body: its range and its normalised form (lower case, typographic apostrophes folded).</summary>
public readonly record struct Token(TextRange Range, string Norm);
