using System.Text;
using Triangulate.Diagnostics;
using Triangulate.Ingest;
using Triangulate.Ingest.Text;

namespace Triangulate.Tests.Ingest.Text;

public class PlainTextDocumentReaderTests
{
    private static List<string> Blocks(byte[] bytes) =>
        PlainTextDocumentReader.Read(new RawInput("in.txt", bytes)).Blocks.Select(b => b.Text).ToList();

    private static TriangulateException Fails(byte[] bytes) =>
        Assert.Throws<TriangulateException>(() => PlainTextDocumentReader.Read(new RawInput("in.txt", bytes)));

    [Fact]
    public void Utf8WithAndWithoutBomGiveTheSameText()
    {
        var text = "Ryabkov said “no progress”.\nSecond paragraph.";
        var plain = Blocks(Encoding.UTF8.GetBytes(text));
        var withBom = Blocks([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        Assert.Equal(["Ryabkov said “no progress”.", "Second paragraph."], plain);
        Assert.Equal(plain, withBom);
    }

    [Fact]
    public void Utf16WithByteOrderMarkIsDecoded()
    {
        var text = "Kyiv – “talks”\r\nNext line";
        Assert.Equal(["Kyiv – “talks”", "Next line"], Blocks([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]));
        Assert.Equal(["Kyiv – “talks”", "Next line"], Blocks([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]));
    }

    [Fact]
    public void Utf16WithoutBomIsRecognisedByItsZeroBytes() =>
        Assert.Equal(["Geneva talks ended"], Blocks(Encoding.Unicode.GetBytes("Geneva talks ended")));

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252()
    {
        // 0x93/0x94 are curly quotes and 0x96 an en dash in Windows-1252, invalid bytes in UTF-8.
        byte[] bytes = [.. "He said "u8, 0x93, .. "no"u8, 0x94, .. " "u8, 0x96, .. " caf"u8, 0xE9];
        Assert.Equal(["He said “no” – café"], Blocks(bytes));
    }

    [Fact]
    public void StrayWindows1252BytesInUtf8TextKeepBothRight()
    {
        byte[] bytes = [.. "Russia’s "u8, 0x93, .. "demands"u8, 0x94];
        Assert.Equal(["Russia’s “demands”"], Blocks(bytes));
    }

    [Fact]
    public void BytesUndefinedInEveryEncodingAreUndecodable()
    {
        var bytes = Enumerable.Range(0, 300).Select(i => (byte)(i % 2 == 0 ? 0x81 : 0x41)).ToArray();
        Assert.Equal(ErrorCode.Undecodable, Fails(bytes).Code);
    }

    [Fact]
    public void LineEndsAreNormalised() =>
        Assert.Equal(["One", "Two", "Three"], Blocks("One\r\nTwo\rThree\r\n"u8.ToArray()));

    [Fact]
    public void EmptyAndWhitespaceOnlyInputAreRejected()
    {
        Assert.Equal(ErrorCode.Empty, Fails([]).Code);
        Assert.Equal(ErrorCode.Empty, Fails(Encoding.UTF8.GetBytes(" \n\t\u00A0\r\n ")).Code);
        Assert.Equal(ErrorCode.Empty, Fails([0xEF, 0xBB, 0xBF]).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip")]
    public void KnownBinaryFormatsAreRejectedByName(byte[] bytes, string kind)
    {
        var error = Fails(bytes);
        Assert.Equal(ErrorCode.Binary, error.Code);
        Assert.Contains(kind, error.Message);
        Assert.DoesNotContain('\n', error.OneLine);
    }

    [Fact]
    public void NulBytesAndControlCharactersMeanBinary()
    {
        Assert.Equal(ErrorCode.Binary, Fails([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x44, 0x45]).Code);
        var controls = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();
        Assert.Equal(ErrorCode.Binary, Fails(controls).Code);
    }

    [Fact]
    public void HardWrappedParagraphsAreJoined()
    {
        var text = """
            Talks end without a breakthrough

            Top U.S. and Russian officials held crucial talks Monday with tensions
            soaring over Ukraine and security demands from Moscow, but there was
            little hope of a diplomatic breakthrough.

            The high-stakes negotiations come amid fears of a Russian invasion of
            its pro-Western neighbor Ukraine, and with Moscow demanding wide-ranging
            concessions from Washington and its NATO allies in a co-
            ordinated push.
            """;
        Assert.Equal(
        [
            "Talks end without a breakthrough",
            "Top U.S. and Russian officials held crucial talks Monday with tensions soaring over Ukraine and security demands from Moscow, but there was little hope of a diplomatic breakthrough.",
            "The high-stakes negotiations come amid fears of a Russian invasion of its pro-Western neighbor Ukraine, and with Moscow demanding wide-ranging concessions from Washington and its NATO allies in a co-ordinated push.",
        ], Blocks(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void OneParagraphPerLineStaysSplitEvenWithoutBlankLines()
    {
        var text = "Headline here\nAs their differences persist.\nImage: Someone/AFP\n\n" + new string('x', 150) + "\n";
        Assert.Equal(4, Blocks(Encoding.UTF8.GetBytes(text)).Count);
    }

    [Fact]
    public void MarkdownHeadingsBecomeHeadingBlocks()
    {
        var blocks = PlainTextDocumentReader.Read(new RawInput("in.md", "# Talks end in Geneva\n\nText of the story.\n\n## Key points ##\n"u8.ToArray())).Blocks;
        Assert.Equal(new DraftBlock("Talks end in Geneva", BlockKind.Heading), blocks[0]);
        Assert.Equal(new DraftBlock("Text of the story."), blocks[1]);
        Assert.Equal(new DraftBlock("Key points", BlockKind.Heading), blocks[2]);
    }
}
