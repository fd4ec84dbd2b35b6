namespace Triangulate.Model;

/// <summary>
/// Where a derived item came from: an article id and a half-open range [Start, End) of UTF-16
/// code units into that article's <see cref="Article.Body"/>. Every claim the product makes
/// carries one or more of these, so a reader can always see the source words.
/// </summary>
public readonly record struct SourceSpan
{
    public SourceSpan(string article, int start, int end)
    {
        ArgumentException.ThrowIfNullOrEmpty(article);
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(start), $"invalid span [{start}, {end})");
        Article = article;
        Start = start;
        End = end;
    }

    public string Article { get; }
    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;

    public override string ToString() => $"{Article}[{Start},{End})";
}
