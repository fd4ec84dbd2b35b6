using Triangulate.Compare.Quotes;

namespace Triangulate.Tests.Compare.Quotes;

public class WordDiffTests
{
    private static (string Diff, bool Substantive) Diff(string canonical, string variant)
    {
        var edits = WordDiff.Compute(canonical, variant);
        return (WordDiff.Render(edits), VariantSubstance.IsSubstantive(edits));
    }

    [Fact]
    public void ReplacedWordsAreMarkedAndSubstantive() =>
        Assert.Equal(("[-will-] [+would+] not allow anyone to [-slam closed-] [+close+] NATO's open-door policy", true),
            Diff("will not allow anyone to slam closed NATO's open-door policy", "would not allow anyone to close Nato's open-door policy"));

    [Theory]
    [InlineData("The organisation's honour.", "the organization’s honor")]
    [InlineData("open-door policy", "open door policy")]
    [InlineData("We travelled to the centre", "we traveled to the center")]
    [InlineData("“No deal,” he said", "no deal he said")]
    public void SpellingCasePunctuationAreNotSubstantive(string canonical, string variant)
    {
        var (diff, substantive) = Diff(canonical, variant);
        Assert.False(substantive);
        Assert.DoesNotContain("[", diff);
    }

    [Theory]
    [InlineData("We will not allow anyone to close the door", "allow anyone to close")]
    [InlineData("allow anyone to close", "We will not allow anyone to close the door")]
    [InlineData("We will not allow anyone to close the door", "We will not allow … the door")]
    public void TruncationAndEllipsisAreNotSubstantive(string canonical, string variant) =>
        Assert.False(Diff(canonical, variant).Substantive);

    [Theory]
    [InlineData("We will allow anyone to close the door", "We will not allow anyone to close the door")]
    [InlineData("We will not allow anyone to close the door", "We will allow anyone to close the door")]
    [InlineData("We will not allow anyone to close the door", "They will not allow anyone to close the door")]
    public void AddedDroppedOrChangedWordsAreSubstantive(string canonical, string variant) =>
        Assert.True(Diff(canonical, variant).Substantive);
}
