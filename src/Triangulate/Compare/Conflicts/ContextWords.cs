using Triangulate.Compare.Quotes;
using Triangulate.Text;

namespace Triangulate.Compare.Conflicts;

/// <summary>
/// What a quote's sentences say around it: their stemmed lower-case content words outside the quote
/// (no names, no function words). Two outlets describing the same moment share some ("described the
/// talks"). Cached per quote; one instance per comparison.
/// </summary>
internal sealed class ContextWords
{
    private readonly TermStemmer stemmer = new();
    private readonly Dictionary<PlacedQuote, HashSet<string>> cache = new(ReferenceEqualityComparer.Instance);

    public HashSet<string> Of(PlacedQuote quote)
    {
        if (cache.TryGetValue(quote, out var words)) return words;
        var body = quote.Article.Article.Body;
        words = WordTokenizer.Tokenize(body, quote.Sentences())
            .Where(t => !quote.Mention.Content.Overlaps(t.Range) && char.IsLower(body[t.Range.Start]) && !StopWords.Contains(t.Norm))
            .Select(t => stemmer.Stem(SpellingNormalizer.Normalize(t.Norm)))
            .ToHashSet(StringComparer.Ordinal);
        cache[quote] = words;
        return words;
    }
}
