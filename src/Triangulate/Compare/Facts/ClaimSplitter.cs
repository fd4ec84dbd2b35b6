using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Facts;

/// <summary>
/// Cuts an article into claims: each sentence, split further at a semicolon when both sides are
/// statements of their own. Headings and fragments (fewer than <see cref="MinContentWords"/>
/// content words; a short paragraph of one sentence with no closing punctuation) are no claims.
/// </summary>
internal static class ClaimSplitter
{
    public const int MinContentWords = 3;

    /// <summary>A one-sentence paragraph this short with no full stop reads as a heading.</summary>
    private const int MaxHeadingWords = 12;

    /// <summary>Words each side of a semicolon needs for the split: "x; y" lists are no two claims.</summary>
    private const int MinWordsPerPart = 4;

    public static IEnumerable<TextRange> Split(AnnotatedArticle article)
    {
        var body = article.Article.Body;
        var sentences = article.Sentences;
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k];
            if (sentence.Range.End > body.Length) continue;
            var alone = (k == 0 || sentences[k - 1].Paragraph != sentence.Paragraph)
                && (k + 1 == sentences.Count || sentences[k + 1].Paragraph != sentence.Paragraph);
            if (alone && IsHeading(body, sentence.Range)) continue;
            foreach (var part in AtSemicolons(body, sentence.Range))
                if (ContentWords(body, part) >= MinContentWords) yield return part;
        }
    }

    private static IEnumerable<TextRange> AtSemicolons(string body, TextRange range)
    {
        var start = range.Start;
        for (var i = range.Start; i < range.End; i++)
        {
            if (body[i] != ';') continue;
            var left = Trim(body, new TextRange(start, i + 1));
            var right = Trim(body, new TextRange(i + 1, range.End));
            if (Words(body, left) < MinWordsPerPart || Words(body, right) < MinWordsPerPart) continue;
            yield return left;
            start = i + 1;
        }
        yield return Trim(body, new TextRange(start, range.End));
    }

    private static bool IsHeading(string body, TextRange range)
    {
        var last = body[range.End - 1];
        return last is not ('.' or '!' or '?' or '…' or '"' or '”' or '\'' or '’' or ')' or ':') && Words(body, range) <= MaxHeadingWords;
    }

    private static TextRange Trim(string body, TextRange range)
    {
        int start = range.Start, end = range.End;
        while (start < end && char.IsWhiteSpace(body[start])) start++;
        while (end > start && char.IsWhiteSpace(body[end - 1])) end--;
        return new TextRange(start, end);
    }

    private static int Words(string body, TextRange range) => WordTokenizer.Tokenize(body, range).Count;

    private static int ContentWords(string body, TextRange range) =>
        WordTokenizer.Tokenize(body, range).Count(t => !StopWords.Contains(t.Norm));
}
