using Triangulate.Annotate;
using Triangulate.Model;

namespace Triangulate.Tests.Annotate;

public class ArticleAnnotatorTests
{
    [Fact]
    public void SentencesIndexTheArticleBody()
    {
        var article = new Article { Id = "a", Source = "a", Body = "Heading\n\nMr. Smith met U.S. envoys. They talked." };
        var annotated = ArticleAnnotator.Annotate(article);
        Assert.Equal(["Heading", "Mr. Smith met U.S. envoys.", "They talked."], annotated.Sentences.Select(annotated.Text));
        Assert.Same(article, annotated.Article);
    }
}
