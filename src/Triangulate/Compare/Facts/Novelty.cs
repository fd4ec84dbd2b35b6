using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Facts;

/// <summary>
/// How much a fact tells that no other source mentions anywhere: its distinct content words absent
/// from every other source's articles, a capitalised one (a name, an acronym) counting double. What
/// orders an article's unique facts, so that "Ukraine's ambassador told Sky News …" comes before a
/// rewording of the shared lead that merely found no partner.
/// </summary>
internal sealed class Novelty
{
    private readonly Dictionary<string, HashSet<string>> sourcesOfStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnnotatedArticle> byId;
    private readonly Func<string, string> sourceOf;
    private readonly TermStemmer stemmer = new();

    public Novelty(IReadOnlyList<AnnotatedArticle> articles, Func<string, string> sourceOf)
    {
        this.sourceOf = sourceOf;
        byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var source = sourceOf(article.Id);
            foreach (var (stem, _) in Stems(article.Article.Body, new TextRange(0, article.Article.Body.Length)))
            {
                if (!sourcesOfStem.TryGetValue(stem, out var set)) sourcesOfStem[stem] = set = new(StringComparer.Ordinal);
                set.Add(source);
            }
        }
    }

    public int Of(Fact fact)
    {
        var first = fact.Citations[0];
        if (!byId.TryGetValue(first.Article, out var article) || first.End > article.Article.Body.Length) return 0;
        var source = sourceOf(first.Article);
        var score = 0;
        foreach (var (stem, capitalised) in Stems(article.Article.Body, new TextRange(first.Start, first.End)).DistinctBy(s => s.Stem))
            if (sourcesOfStem.TryGetValue(stem, out var set) && set.Count == 1 && set.Contains(source)) score += capitalised ? 2 : 1;
        return score;
    }

    private IEnumerable<(string Stem, bool Capitalised)> Stems(string body, TextRange range)
    {
        foreach (var token in WordTokenizer.Tokenize(body, range))
            if (!StopWords.Contains(token.Norm) && token.Norm.Any(char.IsLetter))
                yield return (stemmer.Stem(token.Norm), char.IsUpper(body[token.Range.Start]));
    }
}
