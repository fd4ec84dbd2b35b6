using Triangulate.Annotate.Quotes;
using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>
/// The evaluative words of an article's headline and standfirst ("little progress", "High-Stakes"):
/// short scare-quoted fragments, and phrases read from the framing lexicon (see
/// <see cref="FramingPhraseReader"/>). Each is the exact text, in order of appearance, headline first,
/// without repeats. Names the article's entity layer found are never framing.
/// </summary>
public static class HeadlineFraming
{
    public static IReadOnlyList<string> Read(AnnotatedArticle article)
    {
        var phrases = new List<string>();
        var names = article.Entities.Select(e => e.Range).Where(r => r.End <= article.Article.Body.Length).ToList();
        if (article.Article.Title is { Length: > 0 } title)
        {
            var nameTexts = names.Select(r => r.Slice(article.Article.Body)).Where(n => n.Length > 1).Distinct().ToList();
            var inTitle = nameTexts.SelectMany(n => Occurrences(title, n)).ToList();
            Add(phrases, title, new TextRange(0, title.Length), QuotedSpanFinder.Find(title), inTitle);
        }
        if (Standfirst.Find(article.Article) is { } standfirst)
        {
            var body = article.Article.Body;
            Add(phrases, body, standfirst, QuotedSpanFinder.Find(standfirst.Slice(body)).Select(q => q with
            {
                Outer = new TextRange(q.Outer.Start + standfirst.Start, q.Outer.End + standfirst.Start),
                Inner = new TextRange(q.Inner.Start + standfirst.Start, q.Inner.End + standfirst.Start),
            }).ToList(), names);
        }
        return phrases;
    }

    private static void Add(List<string> phrases, string text, TextRange range, IReadOnlyList<QuotedSpan> quoted, IReadOnlyList<TextRange> names)
    {
        var words = FramingTokenizer.Tokenize(text, range);
        var sentenceCase = FramingTokenizer.IsSentenceCase(words);
        // A capital inside a sentence-case line marks a name as surely as the entity layer does.
        bool IsName(int i) => names.Any(n => n.Overlaps(words[i].Range)) || (sentenceCase && i > 0 && words[i].Capitalised);
        var quotes = ScareQuotes.Find(text, range, quoted, sentenceCase).ToList();
        var lexical = FramingPhraseReader.Read(text, words, IsName, sentenceCase).Where(p => !quotes.Any(q => q.Start <= p.Start && p.End <= q.End));
        foreach (var span in quotes.Concat(lexical).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            var phrase = span.Slice(text);
            if (!phrases.Contains(phrase, StringComparer.OrdinalIgnoreCase)) phrases.Add(phrase);
        }
    }

    private static IEnumerable<TextRange> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                yield return new TextRange(at, end);
        }
    }
}
