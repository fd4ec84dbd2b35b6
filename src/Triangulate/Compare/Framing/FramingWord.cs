using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>A word of a headline or standfirst: its range, its lower-case form, and whether it is written capitalised.</summary>
internal readonly record struct FramingWord(TextRange Range, string Lower, bool Capitalised);
