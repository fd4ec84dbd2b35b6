using Triangulate.Compare.Sources;
using Triangulate.Model;

namespace Triangulate.Compare.Facts;

/// <summary>Splits articles into claims and groups the claims that say the same thing into facts.</summary>
public static class FactAligner
{
    public static IReadOnlyList<Fact> Align(IReadOnlyList<AnnotatedArticle> articles, StorySources sources) => [];
}
