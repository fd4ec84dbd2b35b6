using Triangulate.Ingest.Metadata;

namespace Triangulate.Tests.Ingest.Metadata;

public class CaptionParserTests
{
    [Theory]
    [InlineData("Image: Anatolii Stepanov/AFP/Getty Images", "Anatolii Stepanov/AFP/Getty Images")]
    [InlineData("IMAGE: AP | Image:self", "AP")]
    [InlineData("(Image: AP)", "AP")]
    [InlineData("Photo: Jane Doe", "Jane Doe")]
    [InlineData("Photo by John Smith/AFP via Getty Images", "John Smith/AFP via Getty Images")]
    [InlineData("AFP via Getty Images", "AFP via Getty Images")]
    public void ReadsCreditLines(string line, string credit)
    {
        Assert.True(CaptionParser.TryParseCreditLine(line, out var found));
        Assert.Equal(credit, found);
    }

    [Theory]
    [InlineData("Officials attend the talks at the American mission in Geneva, Switzerland. Reuters",
        "Officials attend the talks at the American mission in Geneva, Switzerland.", "Reuters")]
    [InlineData("A Ukrainian soldier near Debaltsevo, Donetsk region, Ukraine. Andriy Dubchak / AP / TASS",
        "A Ukrainian soldier near Debaltsevo, Donetsk region, Ukraine.", "Andriy Dubchak / AP / TASS")]
    [InlineData("Delegates arrive for the talks. (Photo: Jane Doe)", "Delegates arrive for the talks.", "Jane Doe")]
    [InlineData("Sherman speaks to reporters in Geneva. AP Photo/Evan Vucci", "Sherman speaks to reporters in Geneva.", "AP Photo/Evan Vucci")]
    [InlineData("FILE PHOTO: Ryabkov attends talks in Geneva, Switzerland. REUTERS/Denis Balibouse", "FILE PHOTO: Ryabkov attends talks in Geneva, Switzerland.", "REUTERS/Denis Balibouse")]
    public void SplitsCaptionsFromTrailingCredits(string paragraph, string text, string credit)
    {
        Assert.True(CaptionParser.TryParseCaption(paragraph, out var caption));
        Assert.Equal(text, caption.Text);
        Assert.Equal(credit, caption.Credit);
    }

    [Fact]
    public void APositionInThePictureMarksACaption()
    {
        Assert.True(CaptionParser.TryParseCaption("Wendy Sherman (left) and Sergei Ryabkov arrive for talks in Geneva.", out var caption));
        Assert.Null(caption.Credit);
    }

    [Theory]
    [InlineData("The talks ended without agreement. Russia and NATO will meet on Wednesday")]
    [InlineData("\"I doubt that anything will change,\" the soldier said. Reuters")]
    [InlineData("Sherman told reporters the talks were frank. She added that Washington would respond")]
    [InlineData("Ryabkov told Reuters the talks were difficult.")]
    public void ArticleSentencesAreNotCaptions(string paragraph)
    {
        Assert.False(CaptionParser.TryParseCaption(paragraph, out _));
        Assert.False(CaptionParser.TryParseCreditLine(paragraph, out _));
    }
}
