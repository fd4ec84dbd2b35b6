using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Compare.People;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Facts;

/// <summary>
/// What a claim is compared by, as distinct terms: the stems of its content words; for a name, the
/// entity it names across the story ("#e:" + id, so "Kiev" and "Kyiv" match); for a number, its
/// value ("#n:" + value, so "100,000" and "100 000" match); for a resolved date, the date ("#d:" +
/// ISO value, so "Sunday" and "January 9" match when both resolve to the same day). The words of a
/// name, number or resolved date give no word terms of their own, nor do titles and roles.
/// </summary>
internal static partial class ClaimTerms
{
    public const string EntityPrefix = "#e:";
    public const string NumberPrefix = "#n:";
    public const string DatePrefix = "#d:";

    private static readonly Annotate.Quotes.AttributionLexicon Lexicon = Annotate.Quotes.AttributionLexicon.Instance;

    public static IReadOnlyList<string> Of(AnnotatedArticle article, TextRange range, EntityResolution entities, TermStemmer stemmer)
    {
        var body = article.Article.Body;
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        var covered = new List<TextRange>();
        foreach (var mention in Within(article.Entities, m => m.Range, range))
        {
            var id = mention.Entity ?? entities.Find(article.Id, mention.Range.Slice(body))?.Id;
            if (id is null) continue;
            terms.Add(EntityPrefix + id);
            covered.Add(mention.Range);
        }
        foreach (var time in Within(article.Times, t => t.Range, range))
        {
            if (time.Type is not (TimeType.Date or TimeType.Time) || CalendarDate().Match(time.Value) is not { Success: true } match) continue;
            terms.Add(DatePrefix + match.Groups["date"].Value);
            covered.Add(time.Range);
        }
        var numbers = Within(article.Quantities, q => q.Range, range).ToList();
        foreach (var quantity in numbers) terms.Add(NumberPrefix + quantity.Value.ToString("R", CultureInfo.InvariantCulture));
        foreach (var token in WordTokenizer.Tokenize(body, range))
        {
            if (StopWords.Contains(token.Norm) || covered.Any(c => c.Overlaps(token.Range))) continue;
            // Titles and roles ("Deputy Secretary of State") say who is involved, not what happened.
            if (Lexicon.IsTitleOrRole(token.Norm)) continue;
            // The digits of a number are its value's term; the counted noun stays a word.
            if (char.IsDigit(token.Norm[0]) && (numbers.Count > 0 || token.Norm.All(char.IsDigit))) continue;
            terms.Add(stemmer.Stem(IrregularVerbs.Lemma(token.Norm)));
        }
        return [.. terms];
    }

    /// <summary>The items (in body order) that lie inside the range.</summary>
    private static IEnumerable<T> Within<T>(IReadOnlyList<T> items, Func<T, TextRange> rangeOf, TextRange range)
    {
        foreach (var item in items)
        {
            var r = rangeOf(item);
            if (r.Start >= range.Start && r.End <= range.End) yield return item;
        }
    }

    /// <summary>A year, month or day, or the day of a time ("2022-01-09TEV" → "2022-01-09"); not weeks, seasons or references.</summary>
    [GeneratedRegex(@"^(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|(?<=-\d{2}-\d{2})T)", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDate();
}
