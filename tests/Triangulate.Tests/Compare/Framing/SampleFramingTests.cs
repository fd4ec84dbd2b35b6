using System.Text.Json;
using Triangulate.Bench;
using Triangulate.Compare.Framing;
using Xunit.Abstractions;

namespace Triangulate.Tests.Compare.Framing;

/// <summary>
/// The Geneva sample: every gold headline-framing phrase is inside one of the article's framing phrases,
/// and the describing quotes are found with their speakers (where the quote layer names one).
/// </summary>
public sealed class SampleFramingTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string[]> GoldFraming = new()
    {
        ["000"] = ["little progress"],
        ["001"] = ["vow to keep talking"],
        ["002"] = ["Difficult"],
        ["003"] = ["constructive", "no progress"],
        ["004"] = ["High-Stakes"],
    };

    [Fact]
    public void Every_gold_framing_phrase_is_found()
    {
        var (articles, _) = FramingFixtures.Sample();
        for (var i = 0; i < articles.Count; i++)
        {
            var framing = HeadlineFraming.Read(articles[i]);
            output.WriteLine($"{i:000} {articles[i].Article.Title} → {string.Join(" | ", framing)}");
            foreach (var phrase in GoldFraming[$"{i:000}"])
                Assert.Contains(framing, f => f.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }
    }

    [SkippableFact]
    public void Gold_json_framing_agrees_with_the_phrases_tested_here()
    {
        var shared = EvalData.LocateSharedSamples();
        Skip.If(shared is null, "../shared/samples is absent: gold.json is not part of the repository");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared!, "geneva-2022", "gold.json")));
        var fromGold = gold.RootElement.GetProperty("headline_framing").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(x => x.GetString()!).ToArray());
        Assert.Equal(GoldFraming.Keys.Order(), fromGold.Keys.Order());
        foreach (var (key, phrases) in GoldFraming) Assert.Equal(phrases, fromGold[key]);
    }

    [Fact]
    public void Describing_quotes_are_found_with_their_speakers()
    {
        var (articles, entities) = FramingFixtures.Sample();
        var found = articles.Select(a => CharacterisationFinder.Find(a, entities)).ToList();
        for (var i = 0; i < found.Count; i++)
            foreach (var c in found[i])
                output.WriteLine($"{i:000} \"{c.Text}\" — {c.Speaker ?? "(no speaker)"} @{c.Citation.Start}");

        void Expect(int article, string text, string? speaker) =>
            Assert.Contains(found[article], c => c.Text == text && c.Speaker == speaker);
        Expect(0, "frank and forthright", "Wendy Sherman");
        Expect(1, "frank and forthright", "Wendy Sherman");
        Expect(1, "businesslike and professional", "Sergei Ryabkov");
        Expect(2, "serious", "Wendy Sherman");
        Expect(2, "businesslike", "Wendy Sherman");
        Expect(2, "difficult", "Sergei Ryabkov");
        // The quote layer names no speaker for 004's "difficult" (Ryabkov "afterwards telling" agencies).
        Assert.Contains(found[4], c => c.Text == "difficult");
        // Full statements and plain noun phrases in quotes are not characterisations.
        Assert.DoesNotContain(found.SelectMany(f => f), c => c.Text.Split(' ').Length > 5 || c.Text is "concrete steps" or "not on the agenda" or "soon");
        foreach (var (article, list) in articles.Zip(found))
            Assert.All(list, c => Assert.Equal(c.Text, article.Article.Body[c.Citation.Start..c.Citation.End]));
    }
}
