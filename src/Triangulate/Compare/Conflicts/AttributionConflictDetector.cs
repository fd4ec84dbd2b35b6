using Triangulate.Annotate.Quotes;
using Triangulate.Compare.Quotes;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Conflicts;

/// <summary>
/// Attribution conflicts: outlets giving the same words to different people. Two cases: a quote group
/// whose mentions name different persons; and a short quoted fragment ("businesslike") that occurs, as
/// the same run of words, in a quote another outlet gives to someone else, when the two sentences also
/// share a content word beyond the quote and the names (both "described the talks"), so a common word
/// in unrelated quotes is not taken for one. Only known speakers that resolve to different persons count.
/// </summary>
internal static class AttributionConflictDetector
{
    private const int DistinctiveLetters = 4;
    private const int AboutWords = 10;

    public static IReadOnlyList<Conflict> Detect(IReadOnlyList<IReadOnlyList<PlacedQuote>> groups, IReadOnlyList<QuoteGroup> built)
    {
        var found = new List<(PlacedQuote First, Conflict Conflict)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string words, IEnumerable<PlacedQuote> sides)
        {
            var claims = OnePerArticleAndPerson(sides);
            var conflict = new Conflict(ConflictKind.Attribution, About(words), claims.Select(Claim).ToList());
            var key = string.Join(";", conflict.Claims.Select(c => $"{c.Article}:{c.Start}:{c.End}:{c.Value}").Order(StringComparer.Ordinal));
            if (seen.Add(key)) found.Add((claims[0], conflict));
        }

        for (var g = 0; g < groups.Count; g++)
            if (groups[g].Where(q => q.Person is not null).Select(q => q.Person!.Id).Distinct().Count() > 1)
                Add(built[g].Text, groups[g].Where(q => q.Person is not null));

        var context = new ContextWords();
        var groupOf = new Dictionary<PlacedQuote, int>(ReferenceEqualityComparer.Instance);
        for (var g = 0; g < groups.Count; g++) foreach (var q in groups[g]) groupOf[q] = g;
        var stemmer = new TermStemmer();
        var fragments = groupOf.Keys.SelectMany(q => QuotedFragments(q, stemmer).Select(f => (Parent: q, Fragment: f)))
            .Where(p => IsDistinctiveFragment(p.Fragment)).ToList();
        foreach (var (parent, fragment) in fragments)
        {
            var others = groupOf.Keys.Where(o => groupOf[o] != groupOf[parent] && o.ArticleId != fragment.ArticleId
                && o.Mention.Kind != QuoteKind.Indirect && o.Person is { } p && p.Id != fragment.Person!.Id
                && o.Words.ContainsRun(fragment.Words) && context.Of(fragment).Overlaps(context.Of(o))).ToList();
            if (others.Count == 0) continue;
            var sameSide = groups[groupOf[parent]].Where(q => q.Person?.Id == fragment.Person!.Id);
            Add(QuoteWording.Of(fragment.Text), sameSide.Concat(others));
        }

        return found.OrderBy(f => f.First.ArticleIndex).ThenBy(f => f.First.Mention.Content.Start)
            .ThenBy(f => f.Conflict.About, StringComparer.Ordinal).Select(f => f.Conflict).ToList();
    }

    /// <summary>
    /// The quoted words inside a partial quote ("described the talks as "serious" and "businesslike""),
    /// each as a quote of its own; a partial quote that is all quotation stands for itself.
    /// </summary>
    private static IEnumerable<PlacedQuote> QuotedFragments(PlacedQuote quote, TermStemmer stemmer)
    {
        if (quote.Mention.Kind != QuoteKind.Partial) yield break;
        var body = quote.Article.Article.Body;
        var content = quote.Mention.Content;
        var spans = QuotedSpanFinder.Find(content.Slice(body));
        if (spans.Count == 0 || (spans.Count == 1 && spans[0].Outer.Length >= content.Length - 1)) { yield return quote; yield break; }
        foreach (var span in spans)
        {
            var range = new TextRange(content.Start + span.Inner.Start, content.Start + span.Inner.End);
            var text = range.Slice(body);
            yield return quote with { Mention = quote.Mention with { Content = range }, Text = text, Words = QuoteWords.Of(text, stemmer) };
        }
    }

    /// <summary>A quoted fragment of one or two content words with a known person, at least one word not a short common one.</summary>
    private static bool IsDistinctiveFragment(PlacedQuote q) =>
        q.Mention.Kind == QuoteKind.Partial && q.Person is not null && QuoteMatcher.IsShort(q.Words)
        && q.Words.Keys.Any(k => !StopWords.Contains(k) && k.Count(char.IsLetter) >= DistinctiveLetters);

    private static List<PlacedQuote> OnePerArticleAndPerson(IEnumerable<PlacedQuote> quotes) =>
        quotes.OrderBy(q => q.ArticleIndex).ThenBy(q => q.Mention.Content.Start)
            .DistinctBy(q => (q.ArticleId, q.Person!.Id)).ToList();

    private static ConflictClaim Claim(PlacedQuote q)
    {
        var range = q.Sentences();
        return new ConflictClaim(q.ArticleId, range.Start, range.End, range.Slice(q.Article.Article.Body), q.Person!.Name);
    }

    private static string About(string words)
    {
        words = words.TrimEnd('.', '!', '?');
        var split = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shown = split.Length <= AboutWords ? words : string.Join(' ', split.Take(AboutWords)) + " …";
        return $"who said \"{shown}\"";
    }
}
