using Triangulate.Annotate.Quantities;
using Triangulate.Annotate.Quotes;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Annotate;

/// <summary>Computes the per-article layers. Pure and independent per article, so it runs in parallel.</summary>
public static class ArticleAnnotator
{
    public static AnnotatedArticle Annotate(Article article)
    {
        var sentences = SentenceSplitter.Split(article.Body);
        return new AnnotatedArticle(article, sentences)
        {
            Quotes = QuoteExtractor.Extract(article.Body, sentences),
            Quantities = QuantityRecognizer.Recognize(article.Body, sentences),
        };
    }
}
