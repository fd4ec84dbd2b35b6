using Triangulate.Ingest.Metadata;

namespace Triangulate.Tests.Ingest.Metadata;

public class DateCueParserTests
{
    [Theory]
    [InlineData("Updated: January 10, 2022, 8:34 PM", DateCueKind.Updated, "2022-01-10T20:34")]
    [InlineData("Published January 11th, 2022 at 12:23 IST", DateCueKind.Published, "2022-01-11T12:23+05:30")]
    [InlineData("Updated January 11th, 2022 at 12:23 IST", DateCueKind.Updated, "2022-01-11T12:23+05:30")]
    [InlineData("January 10, 2022", DateCueKind.Bare, "2022-01-10")]
    [InlineData("10 January 2022", DateCueKind.Bare, "2022-01-10")]
    [InlineData("Jan. 10, 2022", DateCueKind.Bare, "2022-01-10")]
    [InlineData("Monday, January 10, 2022", DateCueKind.Bare, "2022-01-10")]
    [InlineData("2022-01-10", DateCueKind.Bare, "2022-01-10")]
    [InlineData("2022-01-10T20:34:00Z", DateCueKind.Bare, "2022-01-10T20:34Z")]
    [InlineData("Posted on 10.01.2022 14:05", DateCueKind.Published, "2022-01-10T14:05")]
    [InlineData("Last updated: 10 Jan 2022 14:05 GMT", DateCueKind.Updated, "2022-01-10T14:05Z")]
    [InlineData("Published 12:23 GMT+3, 10 January 2022", DateCueKind.Published, "2022-01-10T12:23+03:00")]
    [InlineData("January 10, 2022 9:00 a.m. ET", DateCueKind.Bare, "2022-01-10T09:00-05:00")]
    [InlineData("July 10, 2022 9:00 a.m. ET", DateCueKind.Bare, "2022-07-10T09:00-04:00")]
    [InlineData("Aktualisiert am 10. Januar 2022, 12:00 Uhr", DateCueKind.Updated, "2022-01-10T12:00")]
    public void ReadsDateLines(string line, DateCueKind kind, string iso)
    {
        Assert.True(DateCueParser.TryParse(line, out var cue));
        Assert.Equal(kind, cue.Kind);
        Assert.Equal(iso, cue.Time.ToIso());
    }

    [Theory]
    [InlineData("The talks in Geneva on January 10 came amid a standoff.")]
    [InlineData("Russia annexed Crimea in 2014.")]
    [InlineData("On January 10, 2022, the delegations met in Geneva.")]
    [InlineData("February 30, 2022")]
    [InlineData("Updated: soon")]
    public void IgnoresDatesInsideSentencesAndInvalidDates(string line) =>
        Assert.False(DateCueParser.TryParse(line, out _));

    [Fact]
    public void UnknownZoneKeepsTheTimeWithoutOffset()
    {
        Assert.True(DateCueParser.TryParse("Updated: January 10, 2022, 8:34 PM XYZT", out var cue));
        Assert.Equal("2022-01-10T20:34", cue.Time.ToIso());
    }

    [Fact]
    public void A_two_digit_year_run_into_a_time_is_no_year()
    {
        Assert.False(DateCueParser.TryFind("28.09.1912:44", out _));
        Assert.True(DateCueParser.TryFind("am 28.09.2019 12:44", out var cue));
        Assert.Equal(new DateOnly(2019, 9, 28), cue.Time.Date);
    }
}
