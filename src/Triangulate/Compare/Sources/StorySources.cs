namespace Triangulate.Compare.Sources;

/// <summary>
/// Which distinct source each article counts as: a wire story and its republished copies are one
/// source, so that support is never inflated by syndication.
/// </summary>
public sealed class StorySources
{
    private readonly IReadOnlyDictionary<string, string> sourceOf;
    private readonly IReadOnlyDictionary<string, string> copyOf;

    public StorySources(IReadOnlyDictionary<string, string> sourceOf, IReadOnlyDictionary<string, string> copyOf)
    {
        this.sourceOf = sourceOf;
        this.copyOf = copyOf;
    }

    /// <summary>The source an article counts as; an article nobody grouped counts as itself.</summary>
    public string SourceOf(string article) => sourceOf.GetValueOrDefault(article, article);

    /// <summary>The article whose text this one repeats, or null.</summary>
    public string? CopyOf(string article) => copyOf.GetValueOrDefault(article);

    /// <summary>How many distinct sources the given articles amount to.</summary>
    public int Count(IEnumerable<string> articles) => articles.Select(SourceOf).Distinct(StringComparer.Ordinal).Count();
}
