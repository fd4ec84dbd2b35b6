using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>
/// The "only in …" mark of a summary sentence that one source alone reports, in a briefing of
/// several sources: the reader should know it is not corroborated.
/// </summary>
internal static class SingleSource
{
    /// <summary>The source's name (its original outlet for a wire copy, else the article's label), or null when the sentence needs no mark.</summary>
    public static string? OnlyIn(BriefingIndex index, SummarySentence sentence)
    {
        if (sentence.Support != 1 || sentence.Citations.Count == 0 || index.Sources < 2) return null;
        var article = index.Article(sentence.Citations[0].Article);
        if (article is null) return null;
        var source = index.Briefing.Coverage.FirstOrDefault(c => c.Article == article.Id)?.Source;
        return source is not null && index.Article(source) is null ? source : BriefingIndex.Label(article);
    }
}
