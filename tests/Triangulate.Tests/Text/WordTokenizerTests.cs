using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class WordTokenizerTests
{
    [Fact]
    public void TokensCarryOffsetsAndNormalisedForms()
    {
        const string text = "Russia’s U.S.-backed plan: 100,000 troops, 1.43 percent.";
        var tokens = WordTokenizer.Tokenize(text);
        Assert.Equal(["russia's", "u.s", "backed", "plan", "100,000", "troops", "1.43", "percent"], tokens.Select(t => t.Norm));
        foreach (var token in tokens)
            Assert.Equal(token.Norm, token.Range.Slice(text).ToLowerInvariant().Replace('’', '\''));
        Assert.Equal(new TextRange(9, 12), tokens[1].Range);
    }

    [Fact]
    public void TokenizesOnlyTheGivenRange()
    {
        const string text = "One two. Three four.";
        var tokens = WordTokenizer.Tokenize(text, new TextRange(9, 20));
        Assert.Equal(["three", "four"], tokens.Select(t => t.Norm));
        Assert.Equal(9, tokens[0].Range.Start);
    }

    [Fact]
    public void NumbersWithSpacesAndTimesSplitIntoParts() =>
        Assert.Equal(["100", "000", "at", "8", "55"], WordTokenizer.Tokenize("100 000 at 8:55").Select(t => t.Norm));
}
