namespace Triangulate.Brief;

/// <summary>How a word is written in its sentence; a capital at the start of a sentence says nothing.</summary>
internal enum Casing : byte
{
    Initial,
    Lower,
    Capitalized,
}
