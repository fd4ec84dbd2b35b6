using System.Text;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest.Html;

public sealed class HtmlSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>")]
    [InlineData("\n  <html lang=\"en\"><p>x</p></html>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html><p>x</p></html>")]
    [InlineData("<head><title>x</title></head>")]
    public void Pages_are_html_whatever_their_name(string text) =>
        Assert.True(HtmlSniffer.LooksLikeHtml(new RawInput("saved", Encoding.UTF8.GetBytes(text))));

    [Theory]
    [InlineData("Diplomats met in Geneva. The <b> tag is bold.")]
    [InlineData("<p> is how a paragraph starts in HTML, the tutorial said.")]
    public void Text_that_mentions_tags_is_not_html(string text) =>
        Assert.False(HtmlSniffer.LooksLikeHtml(new RawInput("notes.txt", Encoding.UTF8.GetBytes(text))));

    [Fact]
    public void Content_type_and_extension_decide_first()
    {
        var text = Encoding.UTF8.GetBytes("plain words");
        Assert.True(HtmlSniffer.LooksLikeHtml(new RawInput("https://x.example/a", text, "text/html; charset=utf-8")));
        Assert.False(HtmlSniffer.LooksLikeHtml(new RawInput("page.html", Encoding.UTF8.GetBytes("<html></html>"), "text/plain")));
        Assert.True(HtmlSniffer.LooksLikeHtml(new RawInput("page.HTM", text)));
    }

    [Fact]
    public void Utf16_pages_are_recognised()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<!doctype html><p>x</p>")).ToArray();
        Assert.True(HtmlSniffer.LooksLikeHtml(new RawInput("saved", bytes)));
    }
}
