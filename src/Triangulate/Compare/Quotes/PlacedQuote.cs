using Triangulate.Compare.People;
using Triangulate.Model;

namespace Triangulate.Compare.Quotes;

/// <summary>
/// A quote mention with what comparing it needs: its article (and that article's position in the
/// story), its exact text, its words, and the entity its speaker resolved to (null when unknown).
/// </summary>
internal sealed record PlacedQuote(int ArticleIndex, AnnotatedArticle Article, QuoteMention Mention, string Text, QuoteWords Words, ResolvedEntity? Speaker)
{
    public string ArticleId => Article.Id;

    /// <summary>The speaker when it is a known person (the only speakers attribution conflicts are about).</summary>
    public ResolvedEntity? Person => Speaker is { Kind: EntityKind.Person } ? Speaker : null;

    /// <summary>The quote's <see cref="QuoteMentionExtensions.Attributed"/> range, kept inside the body.</summary>
    public TextRange Extent()
    {
        var range = Mention.Attributed();
        return new TextRange(Math.Max(0, range.Start), Math.Min(range.End, Article.Article.Body.Length));
    }

    /// <summary>The sentences holding the attributed words (the words themselves when no sentence covers them).</summary>
    public TextRange Sentences()
    {
        var attributed = Extent();
        var covering = Article.Sentences.Where(s => s.Range.Overlaps(attributed)).ToList();
        return covering.Count == 0 ? attributed
            : new TextRange(Math.Min(attributed.Start, covering[0].Range.Start), Math.Max(attributed.End, covering[^1].Range.End));
    }
}
