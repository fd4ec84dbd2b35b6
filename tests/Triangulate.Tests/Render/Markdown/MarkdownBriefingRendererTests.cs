using Triangulate.Render.Markdown;

namespace Triangulate.Tests.Render.Markdown;

public class MarkdownBriefingRendererTests
{
    private static readonly string Output = new MarkdownBriefingRenderer().Render(RenderFixtures.Hostile());

    [Fact]
    public void SummarySentencesEndWithTheirArticleNumbers() =>
        Assert.Contains("\nOfficials met in Geneva on Monday. [1][2]\n", Output);

    [Fact]
    public void A_quote_carried_by_two_copies_of_one_wire_story_counts_one_source()
    {
        var briefing = RenderFixtures.Hostile();
        var quote = briefing.Quotes[0];
        var copied = quote with { Mentions = [quote.Mentions[0], quote.Mentions[0] with { Article = "b2" }], Support = 1 };
        var output = new MarkdownBriefingRenderer().Render(briefing with { Quotes = [copied] });

        Assert.Contains("(2 articles, 1 source)", output);
        Assert.DoesNotContain("source)", Output); // one mention each: nothing to say
    }

    [Fact]
    public void A_summary_sentence_one_source_alone_reports_says_so() =>
        Assert.Matches(@"\[1\] \*\(only in [^)\n]+\)\*\n", Output);

    [Fact]
    public void SourcesAndArticleSectionsAreListed()
    {
        Assert.Contains("## Sources", Output);
        Assert.Contains("[2] **second.txt**", Output);
        Assert.Contains("### [1] ", Output);
        Assert.Contains("- Published: 2022-01-10T20:34 (json-ld datePublished)\n", Output);
        Assert.Contains("- Updated: 2022-01-11T12:23+05:30 (updated line)\n", Output);
        Assert.Contains("- Title from: meta og:title\n", Output);
        Assert.Contains("(meta \\<b\\>og:site\\_name\\</b\\>)", Output);
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

    [Fact]
    public void WhoSaidWhatListsQuotesBySpeakerWithTheirArticlesAndSubstantiveVariants()
    {
        var section = Section("## Who said what");
        Assert.Contains("### Kyiv’s envoy, envoy of \\<i\\>Kyiv\\</i\\>\n\n- no deal [1]\n", section);
        Assert.Contains("  - Worded differently in [2]: no \\[+\\<script\\>deal\\</script\\>+\\] \\[-deal-\\]\n", section);
        // The quote whose speaker nobody names comes last, under its own heading, its markup escaped.
        Assert.EndsWith("### Speaker unknown or disputed\n\n- \\<script\\>alert(1)\\</script\\> and \\<img src=x onerror=alert(1)\\> [1]\n\n", section);
    }

    [Fact]
    public void WhereSourcesDisagreeCitesEachSide()
    {
        var section = Section("## Where sources disagree");
        Assert.Contains("- **who said \"no deal\"**\n", section);
        Assert.Contains("  - Kyiv’s envoy [1]: Kyiv’s envoy said “no deal” — Ünal agreed.\n", section);
        Assert.Contains("  - \\<script\\>alert(1)\\</script\\> [2]: Officials met in Geneva on Monday\n", section);
    }

    [Fact]
    public void SectionsComeInReadingOrder()
    {
        var order = new[] { "## Summary", "## Who said what", "## Where sources disagree", "## Sources", "## Articles" }
            .Select(h => Output.IndexOf(h + "\n", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void EmptyQuoteAndConflictSectionsSaySo()
    {
        var briefing = RenderFixtures.Hostile() with { Quotes = [], Conflicts = [] };
        var output = new MarkdownBriefingRenderer().Render(briefing);
        Assert.Contains("## Who said what\n\nNo quotes found in the articles.\n", output);
        Assert.Contains("## Where sources disagree\n\nNo disagreements found between the sources.\n", output);
    }

    private static string Section(string heading)
    {
        var start = Output.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, heading + " is missing");
        var end = Output.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return Output[start..(end < 0 ? Output.Length : end + 1)];
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
