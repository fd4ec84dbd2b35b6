using Triangulate.Annotate.Quantities;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Numbers;

/// <summary>
/// Turns each article's quantities into <see cref="PlacedQuantity"/>s. Left out: numbers that count
/// nothing named, ages, and small counts of a known set ("the two sides", "Russia's three demands"), which
/// name who is meant rather than report a figure; a unit keeps its number ("the eight-hour-long talks").
/// At most <see cref="MaxPerArticle"/> quantities an article are compared, which bounds the work on
/// a page that is a table of figures.
/// </summary>
internal static class QuantityPlacer
{
    private const int ContextWords = 8;
    private const int MaxPerArticle = 200;

    /// <summary>Ages ("29-year-old") belong to different people; they are never one measured thing.</summary>
    private const string AgeNoun = "year-old";
    private const double SmallCount = 10;

    private static readonly HashSet<string> Definite = new(StringComparer.Ordinal)
    {
        "the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your",
    };

    /// <summary>Words before a figure that make it a range, a change or a time frame ("the last two years"), not a measure to compare.</summary>
    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal)
    {
        "from", "between", "to", "and", "next", "last", "past", "previous", "coming", "first",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["feet"] = "foot",
    };

    public static IReadOnlyList<PlacedQuantity> Place(IReadOnlyList<AnnotatedArticle> articles)
    {
        var stemmer = new TermStemmer();
        var placed = new List<PlacedQuantity>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var body = article.Article.Body;
            var inArticle = new List<PlacedQuantity>();
            var tokensOf = new Dictionary<TextRange, IReadOnlyList<Token>>();
            foreach (var quantity in article.Quantities)
            {
                if (inArticle.Count == MaxPerArticle) break;
                if (quantity.Noun is null or AgeNoun || quantity.Range.Start < 0 || quantity.Range.End > body.Length || quantity.Range.Length == 0) continue;
                var sentence = SentenceOf(article.Sentences, quantity.Range);
                if (!tokensOf.TryGetValue(sentence, out var tokens)) tokensOf[sentence] = tokens = WordTokenizer.Tokenize(body, sentence);
                var first = IndexAt(tokens, quantity.Range.Start);
                var key = Key(quantity.Noun, stemmer);
                var previous = first > 0 ? tokens[first - 1].Norm : "";
                if (quantity.Approx == Approximation.Exact && quantity.Value < SmallCount && !MeasureWords.IsUnit(key)
                    && (Definite.Contains(previous) || previous.EndsWith("'s", StringComparison.Ordinal))) continue;
                inArticle.Add(Describe(a, article, quantity, sentence, tokens, key, stemmer, canConflict: !RangeWords.Contains(previous) && quantity.Value != 1));
            }
            // Two numbers of one thing in one sentence compare or update each other: neither stands alone.
            var counts = inArticle.CountBy(q => (q.Sentence, q.Key)).ToDictionary();
            placed.AddRange(inArticle.Select(q => counts[(q.Sentence, q.Key)] > 1 ? q with { CanConflict = false } : q));
        }
        return placed;
    }

    /// <summary>The stem of what a quantity counts: "troops" → "troop", "people" → "person", "year-old" kept.</summary>
    public static string Key(string noun, TermStemmer stemmer) =>
        Irregular.TryGetValue(noun, out var singular) ? singular : noun.Contains('-') ? noun : stemmer.Stem(noun);

    private static PlacedQuantity Describe(int index, AnnotatedArticle article, Quantity quantity, TextRange sentence,
        IReadOnlyList<Token> tokens, string key, TermStemmer stemmer, bool canConflict)
    {
        var body = article.Article.Body;
        var first = IndexAt(tokens, quantity.Range.Start);
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Range.Start < quantity.Range.End) last++;
        var context = new HashSet<string>(StringComparer.Ordinal);
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        var nounStem = stemmer.Stem(quantity.Noun!);
        var years = new HashSet<string>(StringComparer.Ordinal);
        var rates = new HashSet<string>(StringComparer.Ordinal);
        var events = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Math.Max(0, first - ContextWords); i <= Math.Min(tokens.Count - 1, last + ContextWords); i++)
        {
            var norm = tokens[i].Norm;
            if (NonQuantities.IsYear(norm))
            {
                years.Add(norm);
                continue;
            }
            if (!norm.Any(char.IsLetter) || StopWords.Contains(norm) || NumberWords.IsNumberWord(norm)) continue;
            var stem = stemmer.Stem(SpellingNormalizer.Normalize(norm));
            if (i > last && MeasureWords.Rate(i > 0 ? tokens[i - 1].Norm : "", norm) is { } rate) rates.Add(rate);
            if (stem == key || stem == nounStem || Hedges.IsHedgeWord(norm)) continue;
            if (MeasureWords.EventKind(stem) is { } kind) events.Add(kind);
            if (i >= first && i <= last) { if (!IsCompoundTail(body, tokens[i])) modifiers.Add(stem); }
            else context.Add(stem);
        }
        // A share is of something: "63 percent of Indians" and "75 percent of jobs" are not one measure.
        if (key == "percent" && last + 2 < tokens.Count && tokens[last + 1].Norm == "of"
            && tokens.Skip(last + 2).FirstOrDefault(t => !StopWords.Contains(t.Norm)) is { Norm: not "" } of)
            modifiers.Add(stemmer.Stem(of.Norm));
        return new PlacedQuantity(index, article, quantity, sentence, key, context, modifiers, years, rates, events, canConflict);
    }

    /// <summary>"long" of "eight-hour-long": part of the compound, not a word about the thing counted.</summary>
    private static bool IsCompoundTail(string body, Token token) => token.Range.Start > 0 && body[token.Range.Start - 1] == '-';

    /// <summary>The first word ending after an offset (binary search; the words are in order).</summary>
    private static int IndexAt(IReadOnlyList<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].Range.End > offset) high = mid;
            else low = mid + 1;
        }
        return Math.Max(0, low);
    }

    /// <summary>The sentence holding a range, else the range itself.</summary>
    private static TextRange SentenceOf(IReadOnlyList<Sentence> sentences, TextRange range) =>
        SentenceLookup.At(sentences, range.Start)?.Range ?? range;
}
