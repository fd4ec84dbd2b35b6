using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>
/// Lookups the text formats share: articles are numbered 1…N in briefing order, and a citation
/// resolves to its article and the exact words it points at.
/// </summary>
internal sealed class BriefingIndex
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    public BriefingIndex(Briefing briefing)
    {
        Briefing = briefing;
        for (var i = 0; i < briefing.Articles.Count; i++)
            numbers.TryAdd(briefing.Articles[i].Id, i + 1);
    }

    public Briefing Briefing { get; }

    /// <summary>
    /// How many distinct sources the briefing's articles amount to (a wire story and its copies are
    /// one): the distinct coverage sources, or the article count when the briefing has no coverage.
    /// </summary>
    public int Sources => sources ??= Briefing.Coverage.Count > 0
        ? Briefing.Coverage.Select(c => c.Source).Distinct(StringComparer.Ordinal).Count()
        : Briefing.Articles.Count;

    private int? sources;

    /// <summary>1-based number of an article, or 0 when the id is unknown.</summary>
    public int Number(string articleId) => numbers.GetValueOrDefault(articleId);

    public Article? Article(string articleId) =>
        numbers.TryGetValue(articleId, out var n) ? Briefing.Articles[n - 1] : null;

    /// <summary>The cited words, or null when the citation does not fit the article body.</summary>
    public string? CitedText(Citation citation)
    {
        var body = Article(citation.Article)?.Body;
        if (body is null || citation.Start < 0 || citation.End < citation.Start || citation.End > body.Length) return null;
        return body[citation.Start..citation.End];
    }

    /// <summary>How a reader names an article: its outlet, else its title, else where it came from.</summary>
    public static string Label(Article article) =>
        NonBlank(article.Outlet) ?? NonBlank(article.Title) ?? (article.Source == "-" ? "standard input" : article.Source);

    public static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
