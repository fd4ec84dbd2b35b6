namespace Triangulate.Model;

/// <summary>A pointer from a briefing line to the words of one article that support it.</summary>
public sealed record Citation(string Article, int Start, int End)
{
    public static Citation From(SourceSpan span) => new(span.Article, span.Start, span.End);
}
