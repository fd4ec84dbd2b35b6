using Triangulate.Annotate;
using Triangulate.Compare;
using Triangulate.Compare.People;
using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>Builds the <see cref="Briefing"/> for one story from its articles.</summary>
public static class BriefingAssembler
{
    public static Briefing Assemble(IReadOnlyList<Article> articles, BriefOptions options)
    {
        var referenceDate = ReferenceDate(articles);
        var annotated = articles.AsParallel().AsOrdered().Select(a => ArticleAnnotator.Annotate(a, referenceDate)).ToList();
        var analysis = StoryComparer.Compare(annotated);
        var summary = SummaryFacts.Attach(ExtractiveSummarizer.Summarize(annotated, options, analysis.Facts), analysis.Facts, analysis.Sources);
        var story = new Story(StoryTitleChooser.Choose(articles), referenceDate);
        return new Briefing(story, articles, summary)
        {
            Quotes = analysis.Quotes,
            Conflicts = analysis.Conflicts,
            Timeline = analysis.Timeline,
            Entities = analysis.Entities.Entities.Select(e => new StoryEntity(e.Id, KindName(e.Kind), e.Name, e.Role, e.Aliases, e.Mentions)).ToList(),
            Quantities = analysis.Quantities,
            Facts = analysis.Facts,
            Coverage = analysis.Coverage,
        };
    }

    private static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organisation => "organization",
        _ => "place",
    };

    /// <summary>The most common publication date; ties go to the earliest. Null when no article is dated.</summary>
    internal static DateOnly? ReferenceDate(IEnumerable<Article> articles) =>
        articles.Where(a => a.Published is not null)
            .GroupBy(a => a.Published!.Date)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (DateOnly?)g.Key)
            .FirstOrDefault();
}
