namespace Triangulate.Model;

/// <summary>
/// An article with the layers the Annotate stage computed over its body. Later stages read these
/// layers; they never change the article.
/// </summary>
public sealed record AnnotatedArticle(Article Article, IReadOnlyList<Sentence> Sentences)
{
    public string Id => Article.Id;

    /// <summary>Quotes in body order (see <see cref="QuoteMention"/>).</summary>
    public IReadOnlyList<QuoteMention> Quotes { get; init; } = [];

    /// <summary>Time expressions in body order (see <see cref="TimeExpression"/>).</summary>
    public IReadOnlyList<TimeExpression> Times { get; init; } = [];

    /// <summary>Names of people, organisations, places and other things, in body order (see <see cref="EntityMention"/>).</summary>
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    /// <summary>Numbers with what they count, in body order (see <see cref="Quantity"/>).</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    public string Text(Sentence sentence) => sentence.Range.Slice(Article.Body);
}
