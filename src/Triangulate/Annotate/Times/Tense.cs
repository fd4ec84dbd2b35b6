namespace Triangulate.Annotate.Times;

/// <summary>Which way from the reference date a sentence points: back (past tense), ahead (will, expected to), or neither.</summary>
internal enum Tense
{
    None,
    Past,
    Future,
}
