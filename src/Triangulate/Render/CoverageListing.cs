using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>
/// What the reading formats show of how each article covered the story: the facts two or more
/// sources report (the coverage matrix, capped), and per article, in briefing order, its coverage
/// with the facts only it reports and the well-supported facts it leaves out (each capped).
/// (JSON lists every fact and every article's coverage.)
/// </summary>
internal sealed class CoverageListing
{
    public const int MatrixMax = 12;
    public const int PerArticleMax = 5;

    private readonly Dictionary<string, Fact> facts = new(StringComparer.Ordinal);
    private readonly int sources;

    public CoverageListing(BriefingIndex index)
    {
        foreach (var fact in index.Briefing.Facts) facts.TryAdd(fact.Id, fact);
        var shared = index.Briefing.Facts.Where(f => f.Support >= 2).ToList();
        MatrixFacts = shared.Take(MatrixMax).ToList();
        MoreMatrixFacts = shared.Count - MatrixFacts.Count;
        var byArticle = new Dictionary<string, ArticleCoverage>(StringComparer.Ordinal);
        foreach (var coverage in index.Briefing.Coverage)
            if (index.Article(coverage.Article) is not null) byArticle.TryAdd(coverage.Article, coverage);
        Articles = index.Briefing.Articles
            .Where(a => byArticle.ContainsKey(a.Id))
            .Select(a => new CoveredArticle(a, index.Number(a.Id), byArticle[a.Id], Known(byArticle[a.Id].UniqueFacts), Known(byArticle[a.Id].OmittedFacts)))
            .ToList();
        sources = Math.Max(Articles.Select(a => a.Coverage.Source).Distinct(StringComparer.Ordinal).Count(),
            index.Briefing.Facts.Select(f => f.Support).DefaultIfEmpty(1).Max());
    }

    /// <summary>The facts two or more distinct sources report, in briefing order, at most <see cref="MatrixMax"/>.</summary>
    public IReadOnlyList<Fact> MatrixFacts { get; }

    /// <summary>How many more facts two or more sources report than the matrix shows.</summary>
    public int MoreMatrixFacts { get; }

    /// <summary>The articles that have a coverage entry, in briefing order.</summary>
    public IReadOnlyList<CoveredArticle> Articles { get; }

    public bool IsEmpty => Articles.Count == 0 && MatrixFacts.Count == 0;

    public bool HasUnique => Articles.Any(a => a.Unique.Count > 0);

    public bool HasOmitted => Articles.Any(a => a.Omitted.Count > 0);

    public bool HasCharacterisations => Articles.Any(a => a.Coverage.Characterisations.Count > 0);

    /// <summary>
    /// The source an article counts as, when a reader would not guess it from the article's label:
    /// a wire copy's or syndicated story's original outlet. Null when it is the article's own outlet or id.
    /// </summary>
    public static string? CountedAs(CoveredArticle covered, BriefingIndex index)
    {
        var source = BriefingIndex.NonBlank(covered.Coverage.Source);
        if (source is null || index.Article(source) is not null) return null;
        return source == covered.Article.Outlet || source == BriefingIndex.Label(covered.Article) ? null : source;
    }

    /// <summary>The article's words for a fact: its first citation in that article, or null when the article does not report it.</summary>
    public static Citation? CitationIn(Fact fact, string articleId) =>
        fact.Citations.FirstOrDefault(c => c.Article == articleId);

    /// <summary>1 to 4, the share of the distinct sources that report a fact, in quarters (4: all of them), for shading its support.</summary>
    public int SupportLevel(Fact fact) => Math.Clamp((int)Math.Ceiling(4.0 * fact.Support / Math.Max(1, sources)), 1, 4);

    private IReadOnlyList<Fact> Known(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).Select(id => facts.GetValueOrDefault(id)).OfType<Fact>().ToList();
}
