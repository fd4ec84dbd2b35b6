using Triangulate.Annotate;
using Triangulate.Annotate.Times;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Annotate.Times;

/// <summary>Recognition and values of time expressions, read against Monday 10 January 2022.</summary>
public class TimeExtractorTests
{
    private static readonly DateOnly Monday = new(2022, 1, 10);

    private static IReadOnlyList<TimeExpression> Times(string body, DateOnly? reference = null, TimeAnchor anchor = TimeAnchor.Published) =>
        TimeExtractor.Extract(body, SentenceSplitter.Split(body), reference ?? Monday, anchor);

    private static TimeExpression Single(string body, string words)
    {
        var found = Times(body).Where(t => t.Range.Slice(body) == words).ToList();
        Assert.True(found.Count == 1, $"\"{words}\" not found in \"{body}\": {string.Join("; ", Times(body).Select(t => t.Range.Slice(body) + " " + t.Value))}");
        return found[0];
    }

    [Theory]
    [InlineData("The NATO-Russia Council will meet on Wednesday in Brussels.", "Wednesday", TimeType.Date, "2022-01-12")]
    [InlineData("Talks are expected to resume on Wednesday.", "Wednesday", TimeType.Date, "2022-01-12")]
    [InlineData("Sherman and Ryabkov met on Sunday for a working dinner.", "Sunday", TimeType.Date, "2022-01-09")]
    [InlineData("The two presidents met in Geneva last June.", "last June", TimeType.Date, "2021-06")]
    [InlineData("The talks lasted eight hours.", "eight hours", TimeType.Duration, "PT8H")]
    [InlineData("Russia has occupied Crimea since 2014.", "2014", TimeType.Date, "2014")]
    [InlineData("The talks opened on January 10 in Geneva.", "January 10", TimeType.Date, "2022-01-10")]
    [InlineData("They spoke on Sunday evening.", "Sunday evening", TimeType.Time, "2022-01-09TEV")]
    [InlineData("Troops massed on the border last month.", "last month", TimeType.Date, "2021-12")]
    [InlineData("A decision is expected early next year.", "early next year", TimeType.Date, "2023")]
    [InlineData("An answer will come later this week.", "later this week", TimeType.Date, "2022-W02")]
    [InlineData("NATO expanded east in the 1990s.", "the 1990s", TimeType.Date, "199")]
    [InlineData("Profit fell in the third quarter.", "the third quarter", TimeType.Date, "2021-Q3")]
    [InlineData("Russia is now demanding guarantees.", "now", TimeType.Date, "PRESENT_REF")]
    [InlineData("The alliance is currently weighing its answer.", "currently", TimeType.Date, "PRESENT_REF")]
    [InlineData("After the recent talks, little changed.", "recent", TimeType.Date, "PAST_REF")]
    [InlineData("The council meets every Monday.", "every Monday", TimeType.Set, "XXXX-WXX-1")]
    [InlineData("Rates are published daily.", "daily", TimeType.Set, "P1D")]
    [InlineData("The treaty dates from 1997.", "1997", TimeType.Date, "1997")]
    [InlineData("The statement came at 8:55 a.m. on Monday.", "8:55 a.m. on Monday", TimeType.Time, "2022-01-10T08:55")]
    [InlineData("Negotiations went on for a month.", "a month", TimeType.Duration, "P1M")]
    [InlineData("The convoy spent three days at the border.", "three days", TimeType.Duration, "P3D")]
    [InlineData("The dispute has lasted several years.", "several years", TimeType.Duration, "PXY")]
    [InlineData("The drills took place this summer.", "this summer", TimeType.Date, "2022-SU")]
    [InlineData("Sanctions were imposed three years ago.", "three years ago", TimeType.Date, "2019")]
    [InlineData("The summit was held on 16 June 2021.", "16 June 2021", TimeType.Date, "2021-06-16")]
    [InlineData("Talks resumed yesterday.", "yesterday", TimeType.Date, "2022-01-09")]
    [InlineData("Talks were held last week.", "last week", TimeType.Date, "2022-W01")]
    public void ReadsTheGoldCases(string body, string words, TimeType type, string value)
    {
        var time = Single(body, words);
        Assert.Equal(type, time.Type);
        Assert.Equal(value, time.Value);
    }

    [Fact]
    public void AnchorsSayWhatTheValueWasReadAgainst()
    {
        const string body = "On Wednesday the council meets; the treaty of 16 June 2021 stands; talks lasted eight hours.";
        var times = Times(body, anchor: TimeAnchor.Story);
        Assert.Equal([TimeAnchor.Story, TimeAnchor.Text, null], times.Select(t => t.Anchor));
    }

    [Fact]
    public void OffsetsIndexTheBody()
    {
        const string body = "Heading\n\nRussian and US officials met on Sunday in Geneva. Talks lasted “eight hours” on Monday.";
        var times = Times(body);
        Assert.Equal(["Sunday", "eight hours", "Monday"], times.Select(t => t.Range.Slice(body)));
        Assert.All(times, t => Assert.True(t.Range.Start >= 0 && t.Range.End <= body.Length && t.Range.Length > 0));
    }

    [Fact]
    public void WithoutAReferenceDateRelativeValuesStayUnresolved()
    {
        const string body = "They met on Wednesday, last month and yesterday; the 2014 annexation; talks lasted eight hours.";
        var times = TimeExtractor.Extract(body, SentenceSplitter.Split(body), reference: null, TimeAnchor.Published);
        Assert.Equal(["XXXX-WXX-3", "XXXX-XX", "XXXX-XX-XX", "2014", "PT8H"], times.Select(t => t.Value));
        Assert.Equal([null, null, null, TimeAnchor.Text, null], times.Select(t => t.Anchor));
        var today = DateOnly.FromDateTime(DateTime.Today);
        Assert.DoesNotContain(times, t => t.Value.StartsWith(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void IsDeterministic()
    {
        const string body = "On Monday, Jan. 10, officials met for eight hours; the council meets on Wednesday and the OSCE on Thursday.";
        var first = Times(body);
        for (var i = 0; i < 3; i++) Assert.Equal(first, Times(body));
    }

    [Theory]
    [InlineData("The former ambassador spoke.")]
    [InlineData("She may decide to march on.")]
    [InlineData("Some 2000 troops and 1,997 tanks; the score was 3:2.")]
    [InlineData("The 55-year-old diplomat arrived.")]
    public void LeavesNonTimesAlone(string body) => Assert.Empty(Times(body));

    [Fact]
    public void AnnotatorReadsAgainstPublicationThenStoryDate()
    {
        const string body = "The council meets on Wednesday.";
        var dated = ArticleAnnotator.Annotate(new Article { Id = "a", Source = "a", Body = body, Published = new PublicationTime(Monday) });
        Assert.Equal(("2022-01-12", TimeAnchor.Published), (dated.Times[0].Value, dated.Times[0].Anchor!.Value));
        var undated = ArticleAnnotator.Annotate(new Article { Id = "b", Source = "b", Body = body }, Monday);
        Assert.Equal(("2022-01-12", TimeAnchor.Story), (undated.Times[0].Value, undated.Times[0].Anchor!.Value));
        Assert.Equal("XXXX-WXX-3", ArticleAnnotator.Annotate(new Article { Id = "c", Source = "c", Body = body }).Times[0].Value);
    }

    [Fact]
    public void ScansLongHostileTextInLinearTime()
    {
        var body = string.Concat(Enumerable.Repeat("the last the past 1 2 3 - - of of the end of Monday, ", 20000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Times(body);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
