using Triangulate.Annotate.Entities;
using Triangulate.Annotate.Quantities;
using Triangulate.Annotate.Quotes;
using Triangulate.Annotate.Times;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Annotate;

/// <summary>Computes the per-article layers. Pure and independent per article, so it runs in parallel.</summary>
public static class ArticleAnnotator
{
    public static AnnotatedArticle Annotate(Article article) => Annotate(article, storyDate: null);

    /// <summary>
    /// Relative dates are read against the article's publication date, else <paramref name="storyDate"/>
    /// (the story's reference date, for an undated article in a story), else left unresolved.
    /// </summary>
    public static AnnotatedArticle Annotate(Article article, DateOnly? storyDate)
    {
        var sentences = SentenceSplitter.Split(article.Body);
        var (reference, anchor) = article.Published is { } published ? (published.Date, TimeAnchor.Published) : (storyDate, TimeAnchor.Story);
        return new AnnotatedArticle(article, sentences)
        {
            Quotes = QuoteExtractor.Extract(article.Body, sentences),
            Times = TimeExtractor.Extract(article.Body, sentences, reference, anchor),
            Entities = EntityTagger.Tag(article.Body, sentences),
            Quantities = QuantityRecognizer.Recognize(article.Body, sentences),
        };
    }
}
