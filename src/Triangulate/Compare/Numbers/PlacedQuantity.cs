using Triangulate.Model;

namespace Triangulate.Compare.Numbers;

/// <summary>
/// A quantity with what comparing it needs: its article and that article's place in the story, the
/// sentence holding it, what it counts (<see cref="Key"/>, the stemmed noun), the stemmed words around
/// it (<see cref="Context"/>), the words inside its noun phrase (<see cref="Modifiers"/>: "Russian" of
/// "100,000 Russian troops"), its time frame (<see cref="Years"/> named near it, <see cref="Rates"/>
/// such as "a day" or "annually" after it) and the kind of event it counts (<see cref="Events"/>: killed, injured, arrested, …).
/// <see cref="CanConflict"/> is false for numbers that often differ on purpose: a range or change
/// ("from 5,000 to 7,000"), a time frame ("the last two years"), a single one ("one grower" against
/// "47 growers" is a part, not a rival count), and one of two numbers of the same thing in one sentence.
/// </summary>
internal sealed record PlacedQuantity(
    int ArticleIndex,
    AnnotatedArticle Article,
    Quantity Quantity,
    TextRange Sentence,
    string Key,
    IReadOnlySet<string> Context,
    IReadOnlySet<string> Modifiers,
    IReadOnlySet<string> Years,
    IReadOnlySet<string> Rates,
    IReadOnlySet<string> Events,
    bool CanConflict)
{
    public string ArticleId => Article.Id;

    public string Text => Quantity.Range.Slice(Article.Article.Body);

    public ValueBand Band => ValueBand.Of(Quantity);
}
