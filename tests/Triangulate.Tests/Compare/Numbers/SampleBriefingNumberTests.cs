using System.Text.Json;
using Triangulate.Bench;
using Triangulate.Model;
using Triangulate.Tests.Render;

namespace Triangulate.Tests.Compare.Numbers;

/// <summary>
/// The whole pipeline on the bundled sample: the troops conflict reported with each side cited; the
/// hand annotation's compatible numbers (../shared/samples/geneva-2022/gold.json) shown side by side
/// and never as conflicts, and its not-conflicts not reported. Gold tests skip when the file is absent.
/// </summary>
public class SampleBriefingNumberTests
{
    private static Briefing Sample => RenderFixtures.Sample();

    private static string Prefix(string articleId) =>
        Path.GetFileName(Sample.Articles.Single(a => a.Id == articleId).Source)[..3];

    private static string Body(string articleId) => Sample.Articles.Single(a => a.Id == articleId).Body;

    private static IEnumerable<Conflict> NumberConflicts => Sample.Conflicts.Where(c => c.Kind == ConflictKind.Number);

    [Fact]
    public void TroopsAroundSeventyThousandAgainstAboutAHundredThousandIsAConflict()
    {
        var conflict = Assert.Single(NumberConflicts, c => c.About == "troops");
        Assert.Contains(conflict.Claims, c => Prefix(c.Article) == "003" && c.Value.Contains("70,000", StringComparison.Ordinal));
        Assert.Contains(conflict.Claims, c => Prefix(c.Article) != "003" && (c.Value.Contains("100,000", StringComparison.Ordinal) || c.Value.Contains("100 000", StringComparison.Ordinal)));
        Assert.DoesNotContain(conflict.Claims, c => c.Value.Contains("tens of thousands", StringComparison.Ordinal));
        foreach (var claim in conflict.Claims)
        {
            Assert.Equal(Body(claim.Article)[claim.Start..claim.End], claim.Text);
            Assert.Contains(claim.Value, claim.Text);
        }
    }

    [Fact]
    public void TheTroopsAreOneMeasuredQuantityOverFourArticles()
    {
        var group = Assert.Single(Sample.Quantities, g => g.About == "troops");
        Assert.Equal(["001", "002", "003", "004"], group.Values.Select(v => Prefix(v.Article)).Distinct());
        Assert.All(group.Values, v => Assert.Equal(Body(v.Article)[v.Start..v.End], v.Text));
    }

    [SkippableFact]
    public void GoldNumberConflictsAreReported()
    {
        foreach (var conflict in GoldList("conflicts").Where(c => c.GetProperty("kind").GetString() == "number"))
        {
            var articles = Values(conflict).Select(v => v.Article).ToHashSet();
            Assert.Contains(NumberConflicts, c => c.Claims.Select(k => Prefix(k.Article)).Where(articles.Contains).Distinct().Count() >= 2);
        }
    }

    [SkippableFact]
    public void GoldCompatibleNumbersAreShownSideBySideAndAreNoConflicts()
    {
        foreach (var compatible in GoldList("compatible_numbers"))
        {
            var values = Values(compatible).ToList();
            Assert.Contains(Sample.Quantities, g => values.All(gold => g.Values.Any(v => Prefix(v.Article) == gold.Article && Matches(v.Text, gold.Fragments))));
            Assert.DoesNotContain(NumberConflicts, c => c.Claims.Count(k => values.Any(gold => Prefix(k.Article) == gold.Article && Matches(k.Value, gold.Fragments))) >= 2
                && c.Claims.All(k => values.Any(gold => Prefix(k.Article) == gold.Article && Matches(k.Value, gold.Fragments))));
        }
    }

    [SkippableFact]
    public void GoldNotConflictsAreNotReported()
    {
        foreach (var agreement in GoldList("not_conflicts"))
        {
            var values = Values(agreement).ToList();
            Assert.DoesNotContain(Sample.Conflicts, c => values.All(gold => c.Claims.Any(k => Prefix(k.Article) == gold.Article
                && gold.Fragments.Any(f => Normalize(k.Text).Contains(f, StringComparison.OrdinalIgnoreCase)))));
        }
    }

    private static bool Matches(string text, IReadOnlyList<string> fragments) =>
        fragments.Any(f => Normalize(text).Contains(f, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gold's matching rule: runs of whitespace, non-breaking spaces included, count as one space.</summary>
    private static string Normalize(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Each article's gold value, split at " / " and with a parenthesised note dropped.</summary>
    private static IEnumerable<(string Article, IReadOnlyList<string> Fragments)> Values(JsonElement item) =>
        item.GetProperty("values").EnumerateObject().Select(p => (p.Name, (IReadOnlyList<string>)p.Value.GetString()!
            .Split(" / ").Select(f => Normalize(f.Split(" (")[0])).ToList()));

    private static List<JsonElement> GoldList(string name)
    {
        var shared = EvalData.LocateSharedSamples();
        Skip.If(shared is null, "../shared/samples is absent: gold.json is not part of the repository");
        var path = Path.Combine(shared!, "geneva-2022", "gold.json");
        Skip.IfNot(File.Exists(path), $"{path} is absent");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty(name).EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
