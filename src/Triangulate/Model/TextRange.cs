namespace Triangulate.Model;

/// <summary>A half-open range [Start, End) of UTF-16 code units inside one article's body.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    public string Slice(string text) => text.Substring(Start, End - Start);

    public SourceSpan In(string articleId) => new(articleId, Start, End);
}
