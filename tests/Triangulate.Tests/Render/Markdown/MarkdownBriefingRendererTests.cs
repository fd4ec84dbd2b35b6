using Triangulate.Render.Markdown;

namespace Triangulate.Tests.Render.Markdown;

public class MarkdownBriefingRendererTests
{
    private static readonly string Output = new MarkdownBriefingRenderer().Render(RenderFixtures.Hostile());

    [Fact]
    public void SummarySentencesEndWithTheirArticleNumbers() =>
        Assert.Contains("\nOfficials met in Geneva on Monday. [1][2]\n", Output);

    [Fact]
    public void SourcesAndArticleSectionsAreListed()
    {
        Assert.Contains("## Sources", Output);
        Assert.Contains("[2] **second.txt**", Output);
        Assert.Contains("### [1] ", Output);
        Assert.Contains("- Published: 2022-01-10T20:34\n", Output);
        Assert.Contains("- Updated: 2022-01-11T12:23+05:30\n", Output);
        Assert.Contains("- Machine-translated: yes\n", Output);
        Assert.Contains("- Removed (1):\n  - subscription prompt: Subscribe \\<a href=x\\>now\\</a\\>\n", Output);
        Assert.Contains("Reference date: 2022-01-10", Output);
    }

    [Fact]
    public void ArticleTextCannotBecomeMarkup()
    {
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", Output);
        Assert.DoesNotMatch(@"(?<!\\)[<>]", Output); // every angle bracket is escaped
        Assert.Contains("\\*Geneva\\* \\[draft\\](http://x)", Output);
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("2022. A year", "2022\\. A year")]
    [InlineData("a_b*c`d", "a\\_b\\*c\\`d")]
    [InlineData("AT&T &amp; co", "AT\\&T \\&amp; co")]
    [InlineData("line one\n\nline two", "line one line two")]
    [InlineData("well-known, plain text.", "well-known, plain text.")]
    public void EscapeKeepsTheWords(string text, string expected) => Assert.Equal(expected, MarkdownText.Escape(text));

    [SkippableFact]
    public void MatchesTheExpectedDocument() => ExpectationFiles.Verify("hostile.verified.md", Output);

    [Fact]
    public void OutputEndsWithOneNewline()
    {
        Assert.EndsWith("\n", Output);
        Assert.False(Output.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', Output);
    }
}
