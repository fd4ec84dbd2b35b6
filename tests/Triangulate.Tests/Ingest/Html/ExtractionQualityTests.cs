using Triangulate.Bench;
using Triangulate.Bench.Extraction;

namespace Triangulate.Tests.Ingest.Html;

/// <summary>
/// Main-text extraction on a slice of ../shared/eval/article-extraction (the first 15 pages in id
/// order), scored as the benchmark scores it; the threshold sits a little under the measured 0.990.
/// </summary>
public sealed class ExtractionQualityTests
{
    [SkippableFact]
    public void First_fifteen_pages_score_at_least_0_97()
    {
        var eval = EvalData.Locate();
        Skip.If(eval is null, "../shared/eval not found: extraction quality not measured");

        var pages = ExtractionBench.LoadPages(Path.Combine(eval, "article-extraction")).Take(15).ToList();
        var counts = pages.Select(p => ShingleScorer.Compare(p.Truth, ExtractionBench.Extract(p))).ToList();
        var score = ShingleScorer.Aggregate(counts);

        Assert.True(score.F1 >= 0.97, $"F1 {score.F1:F4} (precision {score.Precision:F4}, recall {score.Recall:F4})");
    }
}
