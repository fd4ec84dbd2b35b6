using Triangulate.Compare.Sources;
using Triangulate.Tests.Render;

namespace Triangulate.Tests.Compare.Sources;

public class NearDuplicateDetectorTests
{
    private const string Wire =
        "GENEVA (AP) -- Top diplomats from the two countries met for eight hours on Monday and agreed to keep talking, "
        + "though neither side reported progress on the central dispute over the alliance.\n\n"
        + "The deputy minister said his delegation had explained that it had no plans to attack its neighbour, and that "
        + "the talks had been businesslike and professional from start to finish.\n\n"
        + "The deputy secretary said the delegation had pushed back firmly on proposals that were simply non-starters, "
        + "and that the alliance's open door would stay open whatever was demanded of it.";

    private const string Other =
        "Russian and American negotiators ended a day of talks in the Swiss city without a breakthrough, each side "
        + "restating demands the other has called unacceptable.\n\n"
        + "Moscow wants written guarantees that the alliance will stop growing; Washington says every nation may choose "
        + "its own partners, and offered instead to discuss limits on missiles and military exercises.\n\n"
        + "Further meetings are planned in Brussels and Vienna later in the week.";

    [Fact]
    public void ACopyWithANewHeadlineAndAnAddedSentenceIsACopy()
    {
        var copy = "Diplomats vow to keep talking\n\n" + Wire.Replace("GENEVA (AP) -- ", "", StringComparison.Ordinal)
            + "\n\nThe republishing site adds that readers may comment below.";
        Assert.Equal([-1, 0], NearDuplicateDetector.CopyOf([Wire, copy]));
        Assert.True(NearDuplicateDetector.Containment(Wire, copy) >= 0.9);
    }

    [Fact]
    public void TwoReportsOfOneEventInTheirOwnWordsAreNoCopies()
    {
        Assert.Equal([-1, -1], NearDuplicateDetector.CopyOf([Wire, Other]));
        Assert.True(NearDuplicateDetector.Containment(Wire, Other) < 0.1);
    }

    [Fact]
    public void TheSampleArticlesAreNoCopiesOfEachOther()
    {
        var bodies = RenderFixtures.Sample().Articles.Select(a => a.Body).ToList();
        Assert.All(NearDuplicateDetector.CopyOf(bodies), c => Assert.Equal(-1, c));
    }

    [Fact]
    public void AShortTextIsNobodysCopy()
    {
        Assert.Equal([-1, -1], NearDuplicateDetector.CopyOf(["The talks ended.", "The talks ended."]));
    }
}
