using System.Text.Json;
using Triangulate.Annotate;
using Triangulate.Bench;
using Triangulate.Compare.Timeline;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Tests.Render;

namespace Triangulate.Tests.Compare.Timeline;

/// <summary>The timeline: one entry per date, cited to every article that dates something then; disputes only for the same event.</summary>
public class TimelineBuilderTests
{
    private static AnnotatedArticle Annotated(string id, string body, DateOnly published) =>
        ArticleAnnotator.Annotate(new Article { Id = id, Source = id, Body = body, Published = new PublicationTime(published) });

    private static readonly DateOnly Monday = new(2022, 1, 10);

    [Fact]
    public void One_entry_per_date_cites_each_article_that_dates_it()
    {
        var a = Annotated("a", "Russia annexed Crimea in 2014.\n\nNATO and Russia will meet on Wednesday in Brussels.", Monday);
        var b = Annotated("b", "The NATO-Russia Council meets in Brussels on January 12.", Monday);

        var timeline = TimelineBuilder.Build([a, b]);

        Assert.Equal(["2014", "2022-01-12"], timeline.Select(t => t.Date));
        Assert.Equal(["a", "b"], timeline[1].Citations.Select(c => c.Article));
        Assert.Equal(timeline[1].Text, Slice([a, b], timeline[1].Citations[0]));
        Assert.All(timeline, t => Assert.False(t.Disputed));
    }

    [Fact]
    public void The_same_event_given_two_dates_by_two_articles_is_disputed()
    {
        var a = Annotated("a", "The two delegations held an informal working dinner at the mission residence on Sunday evening.", Monday);
        var b = Annotated("b", "The two delegations held an informal working dinner at the mission residence on January 8.", Monday);

        var timeline = TimelineBuilder.Build([a, b]);

        Assert.Equal(2, timeline.Count);
        Assert.All(timeline, t => Assert.True(t.Disputed));
        var conflict = Assert.Single(TimelineBuilder.Read([a, b]).Conflicts);
        Assert.Equal(ConflictKind.Date, conflict.Kind);
        Assert.Equal(["2022-01-08", "2022-01-09"], conflict.Claims.Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.All(conflict.Claims, c => Assert.Equal(c.Text, Slice([a, b], new Citation(c.Article, c.Start, c.End))));
    }

    [Fact]
    public void One_sentence_naming_two_days_disputes_neither()
    {
        var a = Annotated("a", "NATO meets on Wednesday and the OSCE meets on Thursday in Vienna after the talks.", Monday);
        var b = Annotated("b", "NATO meets on Wednesday and the OSCE meets on Thursday in Vienna after the talks.", Monday);

        Assert.All(TimelineBuilder.Build([a, b]), t => Assert.False(t.Disputed));
        Assert.Empty(TimelineBuilder.Read([a, b]).Conflicts);
    }

    [Fact]
    public void Undated_relative_days_make_no_entries()
    {
        var article = ArticleAnnotator.Annotate(new Article { Id = "a", Source = "a", Body = "They will meet again on Wednesday in Brussels." });

        Assert.Empty(TimelineBuilder.Build([article]));
    }

    [SkippableFact]
    public void Every_gold_date_of_the_sample_is_an_entry_citing_its_articles()
    {
        var shared = EvalData.LocateSharedSamples();
        Skip.If(shared is null, "../shared/samples is absent: gold.json is not part of the repository");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared!, "geneva-2022", "gold.json")));
        var briefing = Triangulator.Brief(RenderFixtures.SampleFiles().Select(f => ArticleReader.Read(new RawInput(f, File.ReadAllBytes(f)))));
        string Prefix(string id) => Path.GetFileName(briefing.Articles.Single(a => a.Id == id).Source)[..3];

        foreach (var item in gold.RootElement.GetProperty("timeline").EnumerateArray())
        {
            var date = item.GetProperty("date").GetString()!;
            var entry = Assert.Single(briefing.Timeline, t => t.Date == date);
            var cited = entry.Citations.Select(c => Prefix(c.Article)).ToHashSet();
            foreach (var article in item.GetProperty("in").EnumerateArray())
                Assert.True(cited.Contains(article.GetString()!), $"{date}: {article.GetString()} not cited ({string.Join(",", cited.Order())})");
        }
    }

    private static string Slice(IEnumerable<AnnotatedArticle> articles, Citation citation) =>
        articles.Single(a => a.Id == citation.Article).Article.Body[citation.Start..citation.End];
}
