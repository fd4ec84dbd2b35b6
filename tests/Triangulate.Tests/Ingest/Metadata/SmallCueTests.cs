using Triangulate.Ingest.Metadata;

namespace Triangulate.Tests.Ingest.Metadata;

public class SmallCueTests
{
    [Theory]
    [InlineData("Powered by automated translation")]
    [InlineData("This article was machine translated from Russian.")]
    [InlineData("This story was automatically translated by DeepL.")]
    public void RecognisesMachineTranslationNotices(string line) => Assert.True(MachineTranslationCue.IsNotice(line));

    [Fact]
    public void ALongArticleParagraphAboutTranslationIsNoNotice() =>
        Assert.False(MachineTranslationCue.IsNotice(new string('x', 200) + " experts say machine translation has improved, and " + new string('y', 100)));

    [Fact]
    public void OriginalUrlLabelWithUrlOnTheSameLine()
    {
        Assert.True(UrlCueParser.IsLabel("Original url: https://example.com/a", out var url));
        Assert.Equal("https://example.com/a", url);
        Assert.True(UrlCueParser.IsLabel("Original url:", out url));
        Assert.Null(url);
        Assert.Equal("https://example.com/b", UrlCueParser.BareUrl("https://example.com/b"));
        Assert.Null(UrlCueParser.BareUrl("See https://example.com/b for details"));
    }
}
