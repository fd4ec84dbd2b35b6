using Triangulate.Annotate.Quotes;
using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>
/// Short quoted fragments of a headline ('Difficult', 'no progress'): a headline quotes words to frame
/// the story in someone's terms. A longer quote is a statement, and a quoted run of capitalised words
/// with no evaluative word is a title or name ('Squid Game'), so neither counts.
/// </summary>
internal static class ScareQuotes
{
    private const int MaxWords = 5;

    public static IEnumerable<TextRange> Find(string text, TextRange range, IReadOnlyList<QuotedSpan> quoted, bool sentenceCase)
    {
        foreach (var span in quoted)
        {
            if (!span.Closed || span.Outer.Start < range.Start || span.Outer.End > range.End) continue;
            var inner = Trim(text, span.Inner);
            var words = FramingTokenizer.Tokenize(text, inner);
            if (words.Count is 0 or > MaxWords) continue;
            var evaluative = words.Any(w => IsEvaluative(w.Lower));
            var capitalised = words.All(w => w.Capitalised);
            if (evaluative || (sentenceCase && !capitalised)) yield return inner;
        }
    }

    private static bool IsEvaluative(string word)
    {
        var lexicon = FramingLexicon.Instance;
        return lexicon.Match([word], 0, FramingClass.Adjective, FramingClass.Noun, FramingClass.Verb, FramingClass.Describing).Length > 0;
    }

    /// <summary>The range without the spaces and the sentence punctuation just inside the marks.</summary>
    public static TextRange Trim(string text, TextRange range)
    {
        var (start, end) = (range.Start, range.End);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':' or '!' or '?')) end--;
        return new TextRange(start, end);
    }
}
