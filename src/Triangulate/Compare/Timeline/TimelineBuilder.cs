using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Timeline;

/// <summary>
/// The story's timeline: one entry per resolved calendar date (a year, month or day), citing each
/// article that dates something then with its sentence closest to what the others say of that date;
/// the entry's words are the sentence closest to all of them. An entry is disputed when another
/// date of the same precision carries what reads as the same event in another article, and each such
/// pair of sentences is a date conflict. Ordered by date.
/// </summary>
public static partial class TimelineBuilder
{
    /// <summary>Jaccard similarity of content words two sentences need to tell the same event on different dates.</summary>
    private const double SameEventOtherDate = 0.5;

    /// <summary>Content words they must share at least: short sentences share a verb or two by chance.</summary>
    private const int SameEventMinShared = 4;

    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<AnnotatedArticle> articles) => Read(articles).Entries;

    /// <summary>The timeline and the date conflicts behind its disputed entries: one per pair of sentences that date one event differently.</summary>
    public static (IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<Conflict> Conflicts) Read(IReadOnlyList<AnnotatedArticle> articles)
    {
        var stemmer = new TermStemmer();
        var dated = new List<DatedSentence>();
        for (var i = 0; i < articles.Count; i++) dated.AddRange(DatedSentences(i, articles[i], stemmer));
        // A sentence with two dates ("on Wednesday … on Thursday") is no evidence that either is disputed.
        var datesOfSentence = dated.GroupBy(d => (d.Article, d.Range.Start))
            .ToDictionary(g => g.Key, g => g.Select(d => d.Date).ToHashSet(StringComparer.Ordinal));
        bool SameEventOtherDay(DatedSentence x, DatedSentence y) =>
            x.Date != y.Date && x.Date.Length == y.Date.Length && x.Article != y.Article
            && !datesOfSentence[(x.Article, x.Range.Start)].Contains(y.Date) && !datesOfSentence[(y.Article, y.Range.Start)].Contains(x.Date)
            && x.Words.Count(y.Words.Contains) >= SameEventMinShared && Jaccard(x.Words, y.Words) >= SameEventOtherDate;

        var byDate = dated.GroupBy(d => d.Date).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.DistinctBy(d => (d.Article, d.Range.Start)).OrderBy(d => d.ArticleIndex).ThenBy(d => d.Range.Start).ToList())
            .ToList();
        var disputes = new List<(DatedSentence X, DatedSentence Y)>();
        for (var a = 0; a < byDate.Count; a++)
            for (var b = a + 1; b < byDate.Count; b++)
                foreach (var x in byDate[a])
                    foreach (var y in byDate[b])
                        if (SameEventOtherDay(x, y)) disputes.Add((x, y));
        var disputedDates = disputes.SelectMany(d => new[] { d.X.Date, d.Y.Date }).ToHashSet(StringComparer.Ordinal);

        var entries = new List<TimelineEntry>();
        foreach (var sentences in byDate)
        {
            var date = sentences[0].Date;
            var central = sentences.OrderByDescending(s => Centrality(s, sentences)).ThenBy(s => s.ArticleIndex).ThenBy(s => s.Range.Start).First();
            // The central sentence is cited first, so the entry's words are the first citation's.
            var others = sentences.Where(s => s.Article != central.Article).GroupBy(s => s.Article)
                .Select(g => g.OrderByDescending(s => Centrality(s, sentences)).ThenBy(s => s.Range.Start).First())
                .OrderBy(s => s.ArticleIndex);
            var cited = new[] { central }.Concat(others).Select(s => new Citation(s.Article, s.Range.Start, s.Range.End)).ToList();
            entries.Add(new TimelineEntry(date, central.Text, disputedDates.Contains(date), cited));
        }
        var conflicts = disputes
            .Select(d => new Conflict(ConflictKind.Date, $"the date of \"{Shorten(d.X.Text)}\"",
                [new ConflictClaim(d.X.Article, d.X.Range.Start, d.X.Range.End, d.X.Text, d.X.Date),
                 new ConflictClaim(d.Y.Article, d.Y.Range.Start, d.Y.Range.End, d.Y.Text, d.Y.Date)]))
            .ToList();
        return (entries, conflicts);
    }

    private static string Shorten(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 10 ? text.TrimEnd('.') : string.Join(' ', words.Take(10)) + " …";
    }

    private static double Centrality(DatedSentence sentence, IReadOnlyList<DatedSentence> all) =>
        all.Where(o => o.Article != sentence.Article).Sum(o => Overlap(sentence.Words, o.Words));

    private static IEnumerable<DatedSentence> DatedSentences(int index, AnnotatedArticle article, TermStemmer stemmer)
    {
        var body = article.Article.Body;
        foreach (var time in article.Times)
        {
            if (time.Type is not (TimeType.Date or TimeType.Time) || CalendarDate().Match(time.Value) is not { Success: true } match) continue;
            var sentence = SentenceLookup.At(article.Sentences, time.Range.Start);
            if (sentence is null) continue;
            var words = WordTokenizer.Tokenize(body, sentence.Range)
                // Lower-case content words: what happened, not who (names would make every Putin sentence alike).
                .Where(t => !StopWords.Contains(t.Norm) && !time.Range.Overlaps(t.Range) && char.IsLower(body[t.Range.Start]))
                .Select(t => stemmer.Stem(t.Norm)).ToHashSet(StringComparer.Ordinal);
            yield return new DatedSentence(index, article.Id, sentence.Range, sentence.Range.Slice(body), match.Groups["date"].Value, words);
        }
    }

    private static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / Math.Min(a.Count, b.Count);
    }

    /// <summary>
    /// A year, a month or a day: "2014", "2021-06", "2022-01-12", or the day of a time ("2022-01-09TEV",
    /// "2022-01-10T08:55"); not "199X", weeks, seasons or references.
    /// </summary>
    [GeneratedRegex(@"^(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|(?<=-\d{2}-\d{2})T)", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDate();
}
