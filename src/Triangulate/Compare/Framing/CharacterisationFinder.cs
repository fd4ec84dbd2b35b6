using Triangulate.Annotate.Quotes;
using Triangulate.Compare.People;
using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>
/// The short evaluative descriptions an article attributes to a speaker ("frank and forthright"): a
/// quoted fragment of a few words inside a quote the quote layer found, made only of evaluative words
/// (see <see cref="DescriptionWords"/>), in a describing construction (see
/// <see cref="DescribingConstructionReader"/>), or joined by "and" to one that is ("serious" and
/// "businesslike"). The speaker is the quote's, by the story's canonical name when the entities know it.
/// </summary>
public static class CharacterisationFinder
{
    public static IReadOnlyList<Characterisation> Find(AnnotatedArticle article, EntityResolution entities)
    {
        var body = article.Article.Body;
        var found = new List<Characterisation>();
        var lastEnd = -1; // closing mark of the last characterisation, for "…" and "…"
        foreach (var span in QuotedSpanFinder.Find(body))
        {
            if (!span.Closed) continue;
            var quote = article.Quotes.FirstOrDefault(q => q.Content.Start <= span.Inner.Start && span.Inner.End <= q.Content.End);
            if (quote is null) continue;
            var inner = ScareQuotes.Trim(body, span.Inner);
            var sentence = SentenceOf(article, span.Outer.Start);
            var construction = lastEnd >= sentence.Start && IsConjunction(body[lastEnd..span.Outer.Start])
                ? DescribingConstruction.Predicate
                : DescribingConstructionReader.Read(body, span.Outer.Start,
                    FramingTokenizer.Tokenize(body, new TextRange(sentence.Start, span.Outer.Start)),
                    body[span.Outer.End..Math.Max(span.Outer.End, sentence.End)]);
            if (construction == DescribingConstruction.None || !DescriptionWords.Describe(body, inner, construction)) continue;
            var speaker = quote.Speaker?.Name is { } name ? entities.Find(article.Id, name)?.Name ?? name : null;
            found.Add(new Characterisation(inner.Slice(body), speaker, new Citation(article.Id, inner.Start, inner.End)));
            lastEnd = span.Outer.End;
        }
        return found;
    }

    private static TextRange SentenceOf(AnnotatedArticle article, int offset) =>
        article.Sentences.FirstOrDefault(s => s.Range.Contains(offset))?.Range ?? new TextRange(offset, offset);

    private static bool IsConjunction(string between) => between.Trim().Trim(',').Trim() is "and" or "or" or "but" or "" && between.Length < 8;
}
