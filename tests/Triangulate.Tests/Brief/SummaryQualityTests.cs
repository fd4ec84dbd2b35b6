using Triangulate.Annotate;
using Triangulate.Bench;
using Triangulate.Bench.Summaries;
using Triangulate.Brief;
using Triangulate.Compare;
using Triangulate.Ingest;
using Xunit.Abstractions;

namespace Triangulate.Tests.Brief;

/// <summary>
/// ROUGE on the first DUC document sets (all 30 small update batches: eight of them move by a point
/// or more with any change), with thresholds just under the measured scores, so that a
/// change that makes summaries worse fails. Needs ../shared/eval (skips without it).
/// </summary>
public class SummaryQualityTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData("duc2006", 8, 0.375, 0.075)]
    [InlineData("duc2007-update", 30, 0.358, 0.098)]
    public void BeatsTheLeadBaselineOnDuc(string set, int limit, double minRouge1, double minRouge2)
    {
        var eval = EvalData.Locate();
        Skip.If(eval is null, "../shared/eval not found: DUC summary quality not measured");
        var clusters = DucLoader.Load(eval!, set, limit);
        Skip.If(clusters.Count == 0, $"{set} not found under {eval}");

        var rouge = new Rouge();
        double r1 = 0, r2 = 0, lead1 = 0, lead2 = 0;
        foreach (var cluster in clusters)
        {
            var articles = ArticleIds.AssignUnique(cluster.Articles).Select(ArticleAnnotator.Annotate).ToList();
            // The product's path: facts aligned first, so that selection prefers corroborated content.
            var summary = ExtractiveSummarizer.Summarize(articles, new BriefOptions { Words = cluster.Words }, StoryComparer.Compare(articles).Facts);
            var (a, b) = rouge.Recall(string.Join("\n", summary.Select(s => s.Text)), cluster.References, cluster.Words);
            var (c, d) = rouge.Recall(LeadBaseline.Summarize(articles, cluster.Words), cluster.References, cluster.Words);
            r1 += a;
            r2 += b;
            lead1 += c;
            lead2 += d;
        }
        var n = clusters.Count;
        output.WriteLine($"{set} ({n} sets): R-1 {r1 / n:F4} R-2 {r2 / n:F4}; lead R-1 {lead1 / n:F4} R-2 {lead2 / n:F4}");
        Assert.True(r1 / n >= minRouge1, $"ROUGE-1 {r1 / n:F4} < {minRouge1}");
        Assert.True(r2 / n >= minRouge2, $"ROUGE-2 {r2 / n:F4} < {minRouge2}");
        Assert.True(r1 > lead1 && r2 > lead2, "not above the lead baseline");
    }
}
