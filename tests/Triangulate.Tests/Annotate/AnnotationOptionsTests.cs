using Triangulate.Annotate;
using Triangulate.Model;

namespace Triangulate.Tests.Annotate;

public class AnnotationOptionsTests
{
    private static readonly PublicationTime Monday = new(new DateOnly(2022, 1, 10));

    [Fact]
    public void PublishedIsTheReferenceOnlyForUndatedArticles()
    {
        var dated = new Article { Id = "x", Source = "a.txt", Body = "Talks began.", Published = new PublicationTime(new DateOnly(2022, 1, 11)) };
        var undated = new Article { Id = "x", Source = "b.txt", Body = "Talks ended." };
        var annotated = Triangulator.Annotate([dated, undated], new AnnotationOptions { Published = Monday });
        Assert.Equal(["2022-01-11", "2022-01-10"], annotated.Select(a => a.Article.Published!.ToIso()));
        Assert.Null(Triangulator.Annotate([undated]).Single().Article.Published);
    }

    [Fact]
    public void ArticlesKeepTheirOrderAndGetUniqueIds()
    {
        var articles = Enumerable.Range(0, 64)
            .Select(i => new Article { Id = "x", Source = $"{i}.txt", Body = i % 2 == 0 ? "Same text." : $"Text {i}." })
            .ToList();
        var annotated = Triangulator.Annotate(articles);
        Assert.Equal(articles.Select(a => a.Source), annotated.Select(a => a.Article.Source));
        Assert.Equal(64, annotated.Select(a => a.Id).Distinct().Count());
        Assert.All(annotated, a => Assert.NotEmpty(a.Sentences));
    }
}
