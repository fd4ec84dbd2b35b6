using Triangulate.Compare.Framing;
using Triangulate.Compare.People;
using Triangulate.Compare.Sources;
using Triangulate.Model;

namespace Triangulate.Compare.Facts;

/// <summary>
/// Per article: the facts only its source reports, the well-supported facts (reported by most of the
/// story's sources, at least two) it leaves out, its headline framing and its characterisations.
/// Unique facts come most novel first (<see cref="Novelty"/>), then in story order.
/// </summary>
public static class CoverageBuilder
{
    public static IReadOnlyList<ArticleCoverage> Build(
        IReadOnlyList<AnnotatedArticle> articles, IReadOnlyList<Fact> facts, StorySources sources, EntityResolution entities)
    {
        var sourceCount = sources.Count(articles.Select(a => a.Id));
        var wellSupported = Math.Max(2, (sourceCount + 1) / 2);
        var novelty = new Novelty(articles, sources.SourceOf);
        return articles.Select(article =>
        {
            var source = sources.SourceOf(article.Id);
            var cites = facts.Where(f => f.Citations.Any(c => c.Article == article.Id)).ToList();
            var unique = cites.Where(f => f.Citations.All(c => sources.SourceOf(c.Article) == source))
                .Select(f => (f.Id, Novelty: novelty.Of(f), First: f.Citations[0]))
                .OrderByDescending(f => f.Novelty).ThenBy(f => f.First.Article == article.Id ? 0 : 1).ThenBy(f => f.First.Start)
                .Select(f => f.Id).ToList();
            var omitted = facts.Where(f => f.Support >= wellSupported && f.Citations.All(c => c.Article != article.Id)).Select(f => f.Id).ToList();
            return new ArticleCoverage(article.Id, source, sources.CopyOf(article.Id), unique, omitted,
                HeadlineFraming.Read(article), CharacterisationFinder.Find(article, entities));
        }).ToList();
    }
}
