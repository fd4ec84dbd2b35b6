using Triangulate.Annotate;
using Triangulate.Bench;
using Triangulate.Bench.Timex;
using Triangulate.Model;
using Xunit.Abstractions;

namespace Triangulate.Tests.Annotate.Times;

/// <summary>
/// Time expressions on the first TempEval-3 documents, with thresholds just under the measured
/// scores, so that a change that recognises or normalises worse fails. Needs ../shared/eval (skips without it).
/// </summary>
public class TimeQualityTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void ValueAndRelaxedSpanScoresHoldOnTempEval()
    {
        var folder = TimeMlCorpus.Locate(EvalData.Locate());
        Skip.If(folder is null, "../shared/eval/timex-tempeval3 not found: time expression quality not measured");
        var docs = TimeMlCorpus.Load(folder!, limit: 80);
        var total = docs.Aggregate(TimexCounts.Zero, (sum, d) => sum.Add(TimexScorer.Compare(d.Gold, ArticleAnnotator.Annotate(d.ToArticle()).Times)));
        var (_, _, relaxed) = total.Score(total.Relaxed);
        var (_, _, value) = total.Score(total.Value);
        output.WriteLine($"{docs.Count} documents: relaxed span F1 {relaxed:F3}, value F1 {value:F3}");
        Assert.True(relaxed >= RelaxedThreshold, $"relaxed span F1 {relaxed:F3} < {RelaxedThreshold}");
        Assert.True(value >= ValueThreshold, $"value F1 {value:F3} < {ValueThreshold}");
    }

    // Measured on these 80 documents: relaxed span F1 0.909, value F1 0.789.
    private const double RelaxedThreshold = 0.89;
    private const double ValueThreshold = 0.78;
}
