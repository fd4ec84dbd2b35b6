using Triangulate.Annotate;
using Triangulate.Compare;
using Triangulate.Compare.People;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Tests.Render;

namespace Triangulate.Tests.Compare.Framing;

/// <summary>Articles run through the real annotation pipeline, so quotes, speakers and names are the product's own.</summary>
internal static class FramingFixtures
{
    public static AnnotatedArticle Annotated(string? title, string body, string id = "a1") =>
        ArticleAnnotator.Annotate(new Article { Id = id, Source = id + ".txt", Title = title, Body = body });

    public static (AnnotatedArticle Article, EntityResolution Entities) WithEntities(string body)
    {
        var article = Annotated(null, body);
        return (article, StoryComparer.ResolveEntities([article]));
    }

    private static readonly Lazy<(IReadOnlyList<AnnotatedArticle> Articles, EntityResolution Entities)> SampleArticles = new(() =>
    {
        var articles = ArticleIds.AssignUnique(RenderFixtures.SampleFiles().Select(f => Triangulator.Read(new RawInput(f, File.ReadAllBytes(f)))))
            .Select(ArticleAnnotator.Annotate).ToList();
        return (articles, StoryComparer.ResolveEntities(articles));
    });

    /// <summary>The bundled sample's articles in file order (000 … 004), annotated, with their entities.</summary>
    public static (IReadOnlyList<AnnotatedArticle> Articles, EntityResolution Entities) Sample() => SampleArticles.Value;
}
