using System.Text;
using Triangulate.Diagnostics;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class RawArticleReaderTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void BodyIsTheDecodedTextUnchanged(string encoding)
    {
        const string text = "<p>Kyiv’s envoy  said\r\n\r\n“no deal”.</p>\n";
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
        var article = RawArticleReader.Read(new RawInput("page.html", bytes));
        Assert.Equal(text, article.Body);
        Assert.Equal("page.html", article.Source);
        Assert.Null(article.Title);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Windows1252IsDecoded()
    {
        var article = RawArticleReader.Read(new RawInput("old.txt", [0x93, (byte)'h', (byte)'i', 0x94, (byte)'\r', (byte)'\n']));
        Assert.Equal("“hi”\r\n", article.Body);
    }

    [Theory]
    [InlineData(new byte[0], ErrorCode.Empty)]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09 }, ErrorCode.Empty)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, ErrorCode.Binary)]
    public void UnusableInputThrows(byte[] bytes, ErrorCode code)
    {
        var e = Assert.Throws<TriangulateException>(() => RawArticleReader.Read(new RawInput("x.txt", bytes)));
        Assert.Equal(code, e.Code);
        Assert.Equal("x.txt", e.Input);
    }
}
