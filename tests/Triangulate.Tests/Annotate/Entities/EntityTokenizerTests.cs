using Triangulate.Annotate.Entities;

namespace Triangulate.Tests.Annotate.Entities;

public class EntityTokenizerTests
{
    [Theory]
    [InlineData("Russia's envoy said.", "Russia|'s|envoy|said|.")]
    [InlineData("(Reuters) \"We won,\" he said.", "(|Reuters|)|\"|We|won|,|\"|he|said|.")]
    [InlineData("The U.S. and Mr. J. Smith, Inc.", "The|U.S.|and|Mr.|J.|Smith|,|Inc.")]
    [InlineData("Russian-backed rebels—again...", "Russian-backed|rebels|—|again|...")]
    [InlineData("It fell -1.5 percent to $5 in '96.", "It|fell|-1.5|percent|to|$|5|in|'96|.")]
    [InlineData("Kyiv’s “red lines”", "Kyiv|’s|“|red|lines|”")]
    public void SplitsLikeCoNll(string text, string expected) =>
        Assert.Equal(expected.Split('|'), EntityTokenizer.Words(text));
}
