using Triangulate.Model;

namespace Triangulate.Render.Html;

/// <summary>
/// What the HTML sections share: article numbers and, per article, the cited ranges of its body
/// (summary sentences, quotes, conflict claims, measured values, the facts and characterisations of the coverage section; merged where they overlap) so citations can link to
/// their words in the article text.
/// </summary>
internal sealed class HtmlContext
{
    private readonly Dictionary<string, List<TextRange>> cited = new(StringComparer.Ordinal);

    public HtmlContext(Briefing briefing)
    {
        Index = new BriefingIndex(briefing);
        ListedEntities = EntityListing.Of(briefing);
        Coverage = new CoverageListing(Index);
        foreach (var citation in AllCitations(briefing, ListedEntities).Concat(CoverageCitations(Coverage, briefing)))
        {
            if (Index.CitedText(citation) is null) continue;
            if (!cited.TryGetValue(citation.Article, out var ranges)) cited[citation.Article] = ranges = [];
            ranges.Add(new TextRange(citation.Start, citation.End));
        }
        foreach (var ranges in cited.Values) Merge(ranges);
    }

    public BriefingIndex Index { get; }

    /// <summary>The entities the page lists, with each article's first mention (see <see cref="EntityListing"/>).</summary>
    public IReadOnlyList<(StoryEntity Entity, IReadOnlyList<Citation> FirstMentions)> ListedEntities { get; }

    /// <summary>What the coverage section shows (see <see cref="CoverageListing"/>).</summary>
    public CoverageListing Coverage { get; }

    /// <summary>A fact cited in one article: its words there, else (for a fact listed under an article that does not cite it) its first citation.</summary>
    public static Citation? FactCitation(Fact fact, string articleId) =>
        CoverageListing.CitationIn(fact, articleId) ?? fact.Citations.FirstOrDefault();

    /// <summary>A quote cited with its cue and speaker words, so its note shows who said it in that article.</summary>
    public static Citation QuoteCitation(QuoteGroupMention placed)
    {
        var range = placed.Mention.Attributed();
        return new Citation(placed.Article, range.Start, range.End);
    }

    public static Citation ClaimCitation(ConflictClaim claim) => new(claim.Article, claim.Start, claim.End);

    public static Citation ValueCitation(QuantityValue value) => new(value.Article, value.Start, value.End);

    private static IEnumerable<Citation> AllCitations(Briefing briefing, IReadOnlyList<(StoryEntity Entity, IReadOnlyList<Citation> FirstMentions)> listed) =>
        briefing.Summary.SelectMany(s => s.Citations)
            .Concat(briefing.Quotes.SelectMany(q => q.Mentions).Select(QuoteCitation))
            .Concat(briefing.Conflicts.SelectMany(c => c.Claims).Select(ClaimCitation))
            .Concat(briefing.Timeline.SelectMany(t => t.Citations))
            .Concat(listed.SelectMany(x => x.FirstMentions))
            .Concat(briefing.Quantities.SelectMany(q => q.Values).Select(ValueCitation));

    /// <summary>The citations the coverage section shows: matrix cells, unique facts, characterisations.</summary>
    private static IEnumerable<Citation> CoverageCitations(CoverageListing coverage, Briefing briefing) =>
        coverage.MatrixFacts.SelectMany(f => briefing.Articles.Select(a => CoverageListing.CitationIn(f, a.Id)))
            .Concat(coverage.Articles.SelectMany(a => a.Unique.Take(CoverageListing.PerArticleMax).Select(f => FactCitation(f, a.Article.Id))))
            .Concat(coverage.Articles.SelectMany(a => a.Coverage.Characterisations.Select(c => c.Citation)))
            .OfType<Citation>();

    public Briefing Briefing => Index.Briefing;

    /// <summary>Merged cited ranges of an article, in body order.</summary>
    public IReadOnlyList<TextRange> CitedRanges(string articleId) =>
        cited.TryGetValue(articleId, out var ranges) ? ranges : [];

    public static string ArticleAnchor(int number) => $"article-{number}";

    /// <summary>Anchor of the merged cited range that contains a citation, or null.</summary>
    public string? SpanAnchor(Citation citation)
    {
        var number = Index.Number(citation.Article);
        foreach (var range in CitedRanges(citation.Article))
            if (range.Start <= citation.Start && citation.End <= range.End)
                return SpanAnchor(number, range);
        return null;
    }

    public static string SpanAnchor(int number, TextRange range) => $"a{number}-{range.Start}-{range.End}";

    private static void Merge(List<TextRange> ranges)
    {
        ranges.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<TextRange>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start < merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            else
                merged.Add(range);
        }
        ranges.Clear();
        ranges.AddRange(merged);
    }
}
