using Triangulate.Tests.Render;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Compare;

/// <summary>The whole pipeline on the bundled sample: quotes found, grouped across outlets, and the attribution conflict reported.</summary>
public class SampleBriefingQuoteTests
{
    private static readonly Lazy<Briefing> Sample = new(() =>
    {
        var folder = Path.Combine(RenderFixtures.RepositoryRoot(), "samples", "geneva-2022");
        var articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => ArticleReader.Read(new RawInput(path, File.ReadAllBytes(path))));
        return Triangulator.Brief(articles);
    });

    private static string Prefix(Briefing briefing, string articleId) =>
        Path.GetFileName(briefing.Articles.Single(a => a.Id == articleId).Source)[..3];

    [Fact]
    public void Open_door_quote_is_one_group_over_four_outlets_with_the_close_wording_flagged()
    {
        var briefing = Sample.Value;
        var group = Assert.Single(briefing.Quotes, g => g.Mentions.Any(m => m.Mention.Content.Slice(Body(briefing, m.Article)).Contains("close Nato's open-door", StringComparison.Ordinal)));
        Assert.Equal(["000", "001", "002", "003"], group.Mentions.Select(m => Prefix(briefing, m.Article)).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("Sherman", group.Speaker!.Name);
        Assert.Contains(group.Variants, v => Prefix(briefing, v.Article) == "000" && v.Substantive);
    }

    [Fact]
    public void Businesslike_is_reported_as_an_attribution_conflict_between_ryabkov_and_sherman()
    {
        var conflict = Assert.Single(Sample.Value.Conflicts, c => c.Kind == ConflictKind.Attribution && c.About.Contains("businesslike", StringComparison.Ordinal));
        Assert.Contains(conflict.Claims, c => c.Value.EndsWith("Ryabkov", StringComparison.Ordinal));
        Assert.Contains(conflict.Claims, c => c.Value.EndsWith("Sherman", StringComparison.Ordinal));
    }

    private static string Body(Briefing briefing, string id) => briefing.Articles.Single(a => a.Id == id).Body;

}
