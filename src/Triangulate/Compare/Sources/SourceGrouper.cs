using Triangulate.Model;

namespace Triangulate.Compare.Sources;

/// <summary>
/// Decides which articles are the same source. An article counts as the wire it credits
/// (<see cref="Article.OriginalOutlet"/>), else its outlet, else itself; articles naming the same
/// outlet (case aside) are one source. An article that repeats an earlier one's text
/// (<see cref="NearDuplicateDetector"/>) is a copy of it and counts as the earlier one's source.
/// </summary>
public static class SourceGrouper
{
    public static StorySources Group(IReadOnlyList<AnnotatedArticle> articles)
    {
        var copies = NearDuplicateDetector.CopyOf(articles.Select(a => a.Article.Body).ToList());
        var sourceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        // One spelling per outlet: the first article's, so "AFP" and "Afp" are one source.
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var j = 0; j < articles.Count; j++)
        {
            var article = articles[j];
            if (copies[j] >= 0)
            {
                var original = articles[copies[j]].Id;
                copyOf[article.Id] = original;
                sourceOf[article.Id] = sourceOf[original];
                continue;
            }
            var outlet = (article.Article.OriginalOutlet ?? article.Article.Outlet)?.Trim();
            if (string.IsNullOrEmpty(outlet)) sourceOf[article.Id] = article.Id;
            else
            {
                if (!spelling.TryGetValue(outlet, out var known)) spelling[outlet] = known = outlet;
                sourceOf[article.Id] = known;
            }
        }
        return new StorySources(sourceOf, copyOf);
    }
}
