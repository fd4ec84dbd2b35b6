using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Text between quotation marks. <see cref="Outer"/> includes the marks; <see cref="Closed"/> is false
/// when the paragraph ended before a closing mark (the quote is taken to end there).
/// </summary>
internal sealed record QuotedSpan(TextRange Outer, TextRange Inner, bool Closed)
{
    public int Start => Outer.Start;
    public int End => Outer.End;
}
