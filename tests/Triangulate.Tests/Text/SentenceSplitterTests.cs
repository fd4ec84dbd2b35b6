using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class SentenceSplitterTests
{
    // Each case: the body, then the expected sentences separated by " | ".
    [Theory]
    [InlineData("Talks ended. Both sides left.", "Talks ended. | Both sides left.")]
    [InlineData("U.S. officials met Russian diplomats. They talked.", "U.S. officials met Russian diplomats. | They talked.")]
    [InlineData("U.S. Deputy Secretary of State Wendy Sherman spoke.", "U.S. Deputy Secretary of State Wendy Sherman spoke.")]
    [InlineData("The troops stayed in the U.S. The talks went on.", "The troops stayed in the U.S. | The talks went on.")]
    [InlineData("Mr Ryabkov spoke. Mr. Smith and Ms. Jones agreed.", "Mr Ryabkov spoke. | Mr. Smith and Ms. Jones agreed.")]
    [InlineData("Dr. Brown met Gen. Milley, Sen. Kim and Rep. Cole.", "Dr. Brown met Gen. Milley, Sen. Kim and Rep. Cole.")]
    [InlineData("It began at 8:55 a.m. and ended at 5 p.m. The next day was quiet.", "It began at 8:55 a.m. and ended at 5 p.m. | The next day was quiet.")]
    [InlineData("It began at 8 a.m. Officials said little.", "It began at 8 a.m. | Officials said little.")]
    [InlineData("Talks began Jan. 10 and ended Feb. 2. Nothing changed.", "Talks began Jan. 10 and ended Feb. 2. | Nothing changed.")]
    [InlineData("He lives on Main St. near the park.", "He lives on Main St. near the park.")]
    [InlineData("Resolution No. 5 passed. It was close.", "Resolution No. 5 passed. | It was close.")]
    [InlineData("It was Russia vs. the West. Fruit, e.g. apples, i.e. food, etc. were sold.", "It was Russia vs. the West. | Fruit, e.g. apples, i.e. food, etc. were sold.")]
    [InlineData("Books by J. K. Rowling sold well. Others did not.", "Books by J. K. Rowling sold well. | Others did not.")]
    [InlineData("Prices rose 1.43 percent to $21.5 million. Shares fell.", "Prices rose 1.43 percent to $21.5 million. | Shares fell.")]
    [InlineData("More than 100 000 troops massed. The talks began at 8:55.", "More than 100 000 troops massed. | The talks began at 8:55.")]
    [InlineData("“We are ready to continue the talks.” He said nothing more.", "“We are ready to continue the talks.” | He said nothing more.")]
    [InlineData("\"Is it over?\" she asked. Nobody answered.", "\"Is it over?\" she asked. | Nobody answered.")]
    [InlineData("\"It is over!\" He left.", "\"It is over!\" | He left.")]
    [InlineData("Is it over? Nobody knows! They waited.", "Is it over? | Nobody knows! | They waited.")]
    [InlineData("The talks -- the first in years -- ended. A deal is far off.", "The talks -- the first in years -- ended. | A deal is far off.")]
    [InlineData("He paused… Then he left.", "He paused… | Then he left.")]
    [InlineData("He paused ... and went on. She waited...", "He paused ... and went on. | She waited...")]
    [InlineData("We will wait... The talks resume today.", "We will wait... | The talks resume today.")]
    [InlineData("Exercises, missiles\n\nSherman spoke.", "Exercises, missiles | Sherman spoke.")]
    [InlineData("First paragraph without a stop\n\nSecond one", "First paragraph without a stop | Second one")]
    [InlineData("PINE RIDGE, S.D. (AP) -- President Clinton arrived.", "PINE RIDGE, S.D. (AP) -- President Clinton arrived.")]
    [InlineData("The U.S.-Russia talks ended. Washington (AP) said so.", "The U.S.-Russia talks ended. | Washington (AP) said so.")]
    [InlineData("Apple Inc. said sales rose. Its shares jumped (about 5%). Traders cheered.", "Apple Inc. said sales rose. | Its shares jumped (about 5%). | Traders cheered.")]
    [InlineData("He moved to Washington, D.C. The city welcomed him.", "He moved to Washington, D.C. | The city welcomed him.")]
    [InlineData("Visit example.com today. Thanks.", "Visit example.com today. | Thanks.")]
    [InlineData("``We are ready,'' he said. ``Good.'' She agreed.", "``We are ready,'' he said. | ``Good.'' | She agreed.")]
    [InlineData("It was sensitive. . . . Every country tests athletes.", "It was sensitive. . . . | Every country tests athletes.")]
    [InlineData("How do you measure that? ... How many are there?", "How do you measure that? | ... How many are there?")]
    [InlineData("4. ``Entrapment,'' $6.3 million.\n\n5. Another film.", "4. ``Entrapment,'' $6.3 million. | 5. Another film.")]
    public void SplitsNewsProse(string body, string expected)
    {
        var actual = SentenceSplitter.Split(body).Select(s => s.Range.Slice(body));
        Assert.Equal(expected.Split(" | "), actual);
    }

    [Fact]
    public void RangesAreTrimmedAndIndexTheBody()
    {
        const string body = "  One sentence here.   Two here.  \n\n Three. ";
        var sentences = SentenceSplitter.Split(body);
        Assert.Equal(["One sentence here.", "Two here.", "Three."], sentences.Select(s => s.Range.Slice(body)));
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
        Assert.Equal(2, sentences[0].Range.Start);
    }

    [Fact]
    public void EmptyBodyHasNoSentences() => Assert.Empty(SentenceSplitter.Split(" \n\n \n\n"));
}
