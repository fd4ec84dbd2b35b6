using Triangulate.Render.Markdown;

namespace Triangulate.Tests.Render.Markdown;

public class CoverageMarkdownTests
{
    private static readonly string Wire = new MarkdownBriefingRenderer().Render(RenderFixtures.Wire());
    private static readonly string Hostile = new MarkdownBriefingRenderer().Render(RenderFixtures.Hostile());

    private static string Part(string output, string heading)
    {
        var start = output.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, heading + " is missing");
        var level = heading[..(heading.IndexOf(' ') + 1)]; // a part ends at the next heading of its level or above
        var end = output.IndexOf("\n" + (level == "## " ? "## " : "#"), start + heading.Length, StringComparison.Ordinal);
        return output[start..(end < 0 ? output.Length : end + 1)];
    }

    [Fact]
    public void CoverageComesAfterNumbersAndBeforeSources()
    {
        var order = new[] { "## Numbers", "## Coverage", "### Headlines", "### Reported by two or more sources", "### Only in Reuters [1]",
            "### Characterisations", "### Left out", "## Sources" }.Select(h => Wire.IndexOf(h + "\n", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void HeadlinesCompareTitlesFramingAndHowEachArticleCounts()
    {
        var part = Part(Wire, "### Headlines");
        Assert.Contains("- **Reuters** [1]: *U.S., Russia talks end with little progress* — framing: “little progress”\n", part);
        Assert.Contains("- **The Guardian** [2]: *High-Stakes talks in Geneva* — framing: “High-Stakes”\n", part);
        Assert.Contains("- **Moneyweb** [4]: *Russia and U.S. meet in Geneva* (wire copy of [3]; counted as Bloomberg; machine-translated)\n", part);
        Assert.Contains("- **Bloomberg** [3]: *Russia and U.S. meet in Geneva*\n", part);
    }

    [Fact]
    public void TableHasOneRowPerSharedFactCappedAndOneColumnPerArticle()
    {
        var part = Part(Wire, "### Reported by two or more sources");
        var lines = part.Split('\n');
        Assert.Equal("| Fact | [1] | [2] | [3] | [4] | Sources |", lines[2]);
        Assert.Equal("| --- | :-: | :-: | :-: | :-: | --: |", lines[3]);
        Assert.Equal("| Fact 0 about the Geneva talks. | ✓ | ✓ | ✓ | ✓ | 3 |", lines[4]);
        Assert.Contains("| Fact 1 about the Geneva talks. | ✓ |  | ✓ | ✓ | 2 |\n", part);
        Assert.Contains("| Fact 8 about the Geneva talks. | ✓ | ✓ |  |  | 2 |\n", part);
        Assert.Equal(12, lines.Count(l => l.StartsWith("| Fact ", StringComparison.Ordinal) && !l.StartsWith("| Fact |", StringComparison.Ordinal)));
        Assert.DoesNotContain("Fact 18 about", part);
        Assert.Contains("\nSources: the distinct sources that report the fact; a wire story and its copies count once. 1 more fact is reported by two or more sources (all are in the JSON output).\n", part);
    }

    [Fact]
    public void OnlyInListsAnArticlesUniqueFactsCappedWithItsNumber()
    {
        var part = Part(Wire, "### Only in Reuters [1]");
        Assert.Equal("### Only in Reuters [1]\n\n- Fact 7 about the Geneva talks. [1]\n- Fact 9 about the Geneva talks. [1]\n" +
            "- Fact 11 about the Geneva talks. [1]\n- Fact 13 about the Geneva talks. [1]\n- Fact 15 about the Geneva talks. [1]\n- and 2 more\n\n", part);
        Assert.DoesNotContain("### Only in The Guardian", Wire);
    }

    [Fact]
    public void CharacterisationsNameTheirSpeakerPerArticle()
    {
        var part = Part(Wire, "### Characterisations");
        Assert.Contains("- **Reuters** [1]: “frank and forthright” — Wendy Sherman\n", part);
        Assert.Contains("- **Moneyweb** [4]: “businesslike” — Sergei Ryabkov\n", part);
        Assert.DoesNotContain("The Guardian", part);
        Assert.Contains("- **second.txt** [2]: “businesslike” — speaker not named\n", Part(Hostile, "### Characterisations"));
    }

    [Fact]
    public void LeftOutListsWellSupportedFactsAnArticleDoesNotReport()
    {
        var part = Part(Wire, "### Left out");
        Assert.Contains("- **The Guardian** [2] does not report:\n  - Fact 1 about the Geneva talks. (reported by [1][3][4])\n", part);
        Assert.Contains("- **Bloomberg** [3] does not report:\n  - Fact 8 about the Geneva talks. (reported by [1][2])\n", part);
        Assert.Contains("  - and 1 more\n", part);
        Assert.DoesNotContain("**Reuters**", part);
    }

    [Fact]
    public void HostileTextInFactsFramingAndCharacterisationsStaysText()
    {
        var coverage = Part(Hostile, "## Coverage");
        Assert.Contains("| Talks \\| \\*ended\\* \\_early\\_ & AT\\&amp;T \\[more\\](http://y) \\<script\\>alert(6)\\</script\\>. | ✓ |  | ✓ | 2 |\n", Hostile);
        Assert.Contains("framing: “\\*Geneva\\*”, “\\[draft\\](http://x)” (counted as Agence \\<i\\>France\\</i\\>; machine-translated)", coverage);
        Assert.Contains("“\\<b\\>High-Stakes\\</b\\>”, “AT\\&T \"little\" progress”", coverage);
        Assert.Contains("“frank & \\<i\\>forthright\\</i\\> \\| \\*candid\\*” — Wendy \"\\<script\\>\" Sherman", coverage);
        Assert.DoesNotMatch(@"(?<!\\)[<>\[\]]", coverage.Replace("[1]", "").Replace("[2]", "").Replace("[3]", ""));
    }

    [Fact]
    public void EmptyPartsAndAnEmptySectionAreLeftOut()
    {
        var none = new MarkdownBriefingRenderer().Render(RenderFixtures.Hostile() with { Facts = [], Coverage = [] });
        Assert.DoesNotContain("## Coverage", none);
        var factsOnly = new MarkdownBriefingRenderer().Render(RenderFixtures.Wire() with { Coverage = [] });
        Assert.Contains("## Coverage\n\n### Reported by two or more sources\n", factsOnly);
        foreach (var heading in new[] { "### Headlines", "### Only in", "### Characterisations", "### Left out" })
            Assert.DoesNotContain(heading, factsOnly);
        var singleSourced = new MarkdownBriefingRenderer().Render(RenderFixtures.Hostile() with { Facts = RenderFixtures.Hostile().Facts.Where(f => f.Support == 1).ToList() });
        Assert.DoesNotContain("### Reported by two or more sources", singleSourced);
        Assert.DoesNotContain("### Left out", singleSourced); // its only omitted fact is no longer known
    }

    [SkippableFact]
    public void MatchesTheExpectedDocument() => ExpectationFiles.Verify("wire.verified.md", Wire);
}
