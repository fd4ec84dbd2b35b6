using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Bench.Facts;

/// <summary>
/// The facts of a briefing of the Geneva sample against its hand annotation (gold.json): unique
/// coverage items found as facts cited by that article only, the Sunday 9 January meeting as one fact
/// of both articles, the original outlets behind the wire copies, and how many pairs of articles
/// that report a timeline event have the event's claims grouped in one fact. Articles are named by
/// the three-digit prefix of their file name.
/// </summary>
public sealed class FactGoldChecks
{
    private readonly Briefing briefing;
    private readonly JsonElement gold;

    public FactGoldChecks(Briefing briefing, JsonElement gold)
    {
        this.briefing = briefing;
        this.gold = gold;
    }

    public Briefing Briefing => briefing;

    public string Prefix(string articleId) => Path.GetFileName(briefing.Articles.Single(a => a.Id == articleId).Source)[..3];

    public string IdOf(string prefix) => briefing.Articles.Single(a => Path.GetFileName(a.Source).StartsWith(prefix, StringComparison.Ordinal)).Id;

    public string Text(Citation c) => briefing.Articles.Single(a => a.Id == c.Article).Body[c.Start..c.End];

    /// <summary>Each gold unique-coverage item with the fact that covers it (cited by that article only), or null.</summary>
    public IReadOnlyList<(string Article, string Description, Fact? Fact)> UniqueCoverage() =>
        gold.GetProperty("unique_coverage").EnumerateObject()
            .SelectMany(article => article.Value.EnumerateArray().Select(item => (Article: article.Name, Description: item.GetString()!)))
            .Select(item => (item.Article, item.Description, briefing.Facts.FirstOrDefault(f =>
                f.Citations.All(c => Prefix(c.Article) == item.Article) && f.Citations.Any(c => DescriptionMatcher.Matches(item.Description, Text(c))))))
            .ToList();

    /// <summary>
    /// How many gold unique-coverage items are among the first <paramref name="shown"/> unique facts of
    /// their article's coverage: what a reader sees under "Only in …" before "and N more".
    /// </summary>
    public int UniqueCoverageShown(int shown) =>
        UniqueCoverage().Count(item => item.Fact is { } fact && briefing.Coverage
            .Where(c => Prefix(c.Article) == item.Article)
            .Any(c => c.UniqueFacts.Take(shown).Contains(fact.Id, StringComparer.Ordinal)));

    /// <summary>The fact holding the two sentences of the Sunday meeting (gold not_conflicts "sunday-meeting"), or null.</summary>
    public Fact? SundayMeeting()
    {
        var meeting = gold.GetProperty("not_conflicts").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "sunday-meeting");
        var values = meeting.GetProperty("values").EnumerateObject().Select(v => (Article: v.Name, Words: v.Value.GetString()!)).ToList();
        return briefing.Facts.FirstOrDefault(f => values.All(v => f.Citations.Any(c =>
            Prefix(c.Article) == v.Article && Normalise(Text(c)).Contains(Normalise(v.Words), StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>Per gold article with an original outlet: the gold value and the source its coverage counts as.</summary>
    public IReadOnlyList<(string Article, string Gold, string? Source)> OriginalOutlets() =>
        gold.GetProperty("articles").EnumerateObject()
            .Where(a => a.Value.TryGetProperty("original_outlet", out var o) && o.ValueKind == JsonValueKind.String)
            .Select(a => (a.Name[..3], a.Value.GetProperty("original_outlet").GetString()!,
                briefing.Coverage.FirstOrDefault(c => Prefix(c.Article) == a.Name[..3])?.Source))
            .ToList();

    /// <summary>
    /// Pairs of articles that both report a gold timeline event (events in two or more articles), and how
    /// many of those pairs one fact groups: a fact citing both articles with claims that each give at
    /// least two of the event description's content words.
    /// </summary>
    public (int Aligned, int Pairs) TimelineAlignment()
    {
        int aligned = 0, pairs = 0;
        foreach (var e in gold.GetProperty("timeline").EnumerateArray())
        {
            var description = e.GetProperty("event").GetString()!;
            var articles = e.GetProperty("in").EnumerateArray().Select(a => a.GetString()!).ToList();
            for (var i = 0; i < articles.Count; i++)
                for (var j = i + 1; j < articles.Count; j++)
                {
                    pairs++;
                    bool Tells(Fact f, string article) => f.Citations.Any(c => Prefix(c.Article) == article && DescriptionMatcher.SharedWords(description, Text(c)) >= 2);
                    if (briefing.Facts.Any(f => Tells(f, articles[i]) && Tells(f, articles[j]))) aligned++;
                }
        }
        return (aligned, pairs);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
