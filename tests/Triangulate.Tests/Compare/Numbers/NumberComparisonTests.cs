using Triangulate.Annotate;
using Triangulate.Compare;
using Triangulate.Model;

namespace Triangulate.Tests.Compare.Numbers;

public class NumberComparisonTests
{
    private static AnnotatedArticle Article(string id, string body) =>
        ArticleAnnotator.Annotate(new Article { Id = id, Source = id + ".txt", Body = body });

    private static StoryAnalysis Compare(params string[] bodies) =>
        StoryComparer.Compare(bodies.Select((b, i) => Article(((char)('a' + i)).ToString(), b)).ToList());

    private static IReadOnlyList<Conflict> NumberConflicts(params string[] bodies) =>
        Compare(bodies).Conflicts.Where(c => c.Kind == ConflictKind.Number).ToList();

    [Fact]
    public void AroundSeventyThousandAgainstAboutAHundredThousandTroopsIsAConflictWithEachSideCited()
    {
        const string first = "Russia has massed about 100,000 troops on the border with Ukraine.";
        const string second = "Officials say Russia has pushed around 70,000 troops towards the border with Ukraine.";
        var conflict = Assert.Single(NumberConflicts(first, second));
        Assert.Equal("troops", conflict.About);
        Assert.Equal(["about 100,000 troops", "around 70,000 troops"], conflict.Claims.Select(c => c.Value));
        Assert.Equal(["a", "b"], conflict.Claims.Select(c => c.Article));
        Assert.Equal(first, conflict.Claims[0].Text);
        Assert.Equal(second[conflict.Claims[1].Start..conflict.Claims[1].End], conflict.Claims[1].Text);
    }

    [Fact]
    public void OverSevenHoursAndEightHoursAreOneMeasuredQuantityNotAConflict()
    {
        var analysis = Compare("The diplomats held over seven hours of talks in Geneva.", "The talks in Geneva lasted eight hours, officials said.");
        Assert.DoesNotContain(analysis.Conflicts, c => c.Kind == ConflictKind.Number);
        var group = Assert.Single(analysis.Quantities);
        Assert.Equal("hours", group.About);
        Assert.Equal(["over seven hours", "eight hours"], group.Values.Select(v => v.Text));
        Assert.Equal([Approximation.MoreThan, Approximation.Exact], group.Values.Select(v => v.Approx));
    }

    [Fact]
    public void ThousandsAndMoreThanThirteenThousandAreCompatible()
    {
        var analysis = Compare("The insurgency in eastern Ukraine has killed thousands of people.",
            "The insurgency in eastern Ukraine, in which more than 13,000 people have died, goes on.");
        Assert.DoesNotContain(analysis.Conflicts, c => c.Kind == ConflictKind.Number);
        Assert.Equal(["thousands of people", "more than 13,000 people"], Assert.Single(analysis.Quantities).Values.Select(v => v.Text));
    }

    [Fact]
    public void AlmostMoreThanAndApproximatelyTheSameRoundNumberAgree()
    {
        var analysis = Compare("Russia has amassed almost 100,000 troops near the border with Ukraine.",
            "Russia masses more than 100 000 troops on the border with Ukraine.",
            "Russia keeps approximately 100,000 troops by the border with Ukraine.");
        Assert.DoesNotContain(analysis.Conflicts, c => c.Kind == ConflictKind.Number);
        Assert.Equal(3, Assert.Single(analysis.Quantities).Values.Count);
    }

    [Theory]
    [InlineData("Ukraine and Georgia, two former Soviet nations, want to join.", "The alliance took in three Baltic nations, all former Soviet republics.")]
    [InlineData("Five people were killed in the blast in Kabul on Monday.", "Twenty people were injured in the blast in Kabul on Monday.")]
    [InlineData("In 2020, 500 people died in floods across the region.", "In 2021, 900 people died in floods across the region.")]
    [InlineData("About 100 people cross the river border each day.", "About 5,000 people cross the river border in total.")]
    public void DifferentNounPhrasesEventsYearsOrRatesAreDifferentThings(string first, string second) => Assert.Empty(NumberConflicts(first, second));

    [Fact]
    public void UnrelatedNumbersOfOneNounAreNotCompared()
    {
        var analysis = Compare("The minister met 40 reporters in Paris.", "Storms destroyed 300 homes and left 40,000 reporters idle in Chile.");
        Assert.Empty(analysis.Quantities);
        Assert.DoesNotContain(analysis.Conflicts, c => c.Kind == ConflictKind.Number);
    }

    [Fact]
    public void ARangeOrChangeInOneSentenceIsNoConflict()
    {
        Assert.Empty(NumberConflicts("Troop numbers on the border with Ukraine rose from 70,000 troops to 100,000 troops.",
            "Russia has about 100,000 troops on the border with Ukraine."));
    }

    [Fact]
    public void SmallCountsOfAKnownSetAreNotMeasurements()
    {
        var analysis = Compare("The two sides met in Geneva for talks.", "The three sides met in Geneva for talks.");
        Assert.Empty(analysis.Quantities);
    }

    [Fact]
    public void FiguresNeedingMoreThanTwoPositionsAreDifferentThingsNotAConflict()
    {
        var analysis = Compare("Twelve athletes tested positive for steroids at the games.", "At least 23 athletes tested positive for steroids since 1990.",
            "More than 50 athletes tested positive for steroids or withdrew.");
        Assert.Empty(analysis.Quantities);
        Assert.DoesNotContain(analysis.Conflicts, c => c.Kind == ConflictKind.Number);
    }

    [Fact]
    public void ComparisonIsDeterministic()
    {
        string[] bodies = ["Russia has massed about 100,000 troops on the border with Ukraine.", "Russia has pushed around 70,000 troops towards the border with Ukraine."];
        var first = Compare(bodies);
        var second = Compare(bodies);
        Assert.Equal(first.Conflicts.Select(c => string.Join("|", c.Claims)), second.Conflicts.Select(c => string.Join("|", c.Claims)));
        Assert.Equal(first.Quantities.Select(g => string.Join("|", g.Values)), second.Quantities.Select(g => string.Join("|", g.Values)));
    }
}
