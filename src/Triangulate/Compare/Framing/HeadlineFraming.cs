using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>The evaluative words of an article's headline and standfirst ("little progress", "High-Stakes").</summary>
public static class HeadlineFraming
{
    public static IReadOnlyList<string> Read(AnnotatedArticle article) => [];
}
