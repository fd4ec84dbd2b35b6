using Triangulate.Compare.Conflicts;
using Triangulate.Compare.Facts;
using Triangulate.Compare.Numbers;
using Triangulate.Compare.People;
using Triangulate.Compare.Quotes;
using Triangulate.Compare.Sources;
using Triangulate.Compare.Timeline;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare;

/// <summary>
/// The Compare stage: reads a story's annotated articles (in story order) and resolves speakers into
/// entities, groups the quotes across articles, finds attribution conflicts, compares the numbers the
/// articles give, builds the timeline, groups wire copies into sources and aligns the articles' claims
/// into facts with each article's coverage (conflicts: attribution, then number, then date). Pure and deterministic.
/// </summary>
public static class StoryComparer
{
    public static StoryAnalysis Compare(IReadOnlyList<AnnotatedArticle> articles)
    {
        var entities = ResolveEntities(articles);
        var stemmer = new TermStemmer();
        var quotes = new List<PlacedQuote>();
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            foreach (var mention in article.Quotes)
            {
                // Ranges come from another stage: one outside the body, or empty, is left out rather than trusted.
                if (mention.Content.Start < 0 || mention.Content.End > article.Article.Body.Length || mention.Content.Length == 0) continue;
                var text = mention.Content.Slice(article.Article.Body);
                var speaker = mention.Speaker is null ? null : entities.Find(article.Id, mention.Speaker.Name);
                quotes.Add(new PlacedQuote(i, article, mention, text, QuoteWords.Of(text, stemmer), speaker));
            }
        }
        var sources = SourceGrouper.Group(articles);
        var groups = QuoteGrouper.Group(quotes);
        var built = QuoteGroupBuilder.Build(groups, sources);
        var numbers = NumberComparison.Compare(articles);
        var timeline = TimelineBuilder.Read(articles);
        var facts = FactAligner.Align(articles, sources, entities);
        return new StoryAnalysis(entities, built, [.. AttributionConflictDetector.Detect(groups, built), .. numbers.Conflicts, .. timeline.Conflicts])
        {
            Timeline = timeline.Entries,
            Quantities = numbers.Groups,
            Sources = sources,
            Facts = facts,
            Coverage = CoverageBuilder.Build(articles, facts, sources, entities),
        };
    }

    /// <summary>Speakers and tagged names of all the articles resolved into entities (also what gives `annotate` its entity ids).</summary>
    public static EntityResolution ResolveEntities(IReadOnlyList<AnnotatedArticle> articles) =>
        EntityResolver.Resolve(articles.SelectMany(a =>
        {
            var named = NamedInText(a).ToList();
            // A speaker the tagger named as a body or place ("Russia said") is that body or place.
            var kinds = named.GroupBy(n => n.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
            return a.Quotes.Where(q => q.Speaker is not null)
                .Select(q => new NameMention(a.Id, q.Speaker!.Name, q.Speaker.Role, kinds.GetValueOrDefault(q.Speaker.Name)))
                .Concat(named);
        }));

    /// <summary>The names the tagger found, with the title written before a person's name as their role.</summary>
    private static IEnumerable<NameMention> NamedInText(AnnotatedArticle article)
    {
        var body = article.Article.Body;
        foreach (var mention in article.Entities)
        {
            EntityKind? kind = mention.Type switch
            {
                EntityType.Person => EntityKind.Person,
                EntityType.Organization => EntityKind.Organisation,
                EntityType.Place => EntityKind.Place,
                _ => null,
            };
            if (kind is null || mention.Range.End > body.Length) continue;
            var sentence = SentenceLookup.At(article.Sentences, mention.Range.Start);
            var role = kind == EntityKind.Person && sentence is not null ? TitleBeforeName.Find(body, sentence.Range, mention.Range) : null;
            yield return new NameMention(article.Id, mention.Range.Slice(body), role, kind, mention.Range);
        }
    }
}