using Triangulate.Annotate;
using Triangulate.Bench;
using Triangulate.Bench.Quotes;
using Triangulate.Model;
using Xunit.Abstractions;

namespace Triangulate.Tests.Annotate.Quotes;

/// <summary>
/// Quote attribution on the first 20 PolNeAR dev articles (name order), scored as the benchmark scores
/// it, so that a change that finds fewer or worse quotes fails. Needs ../shared/eval (skips without it).
/// </summary>
public sealed class PolnearQualityTests(ITestOutputHelper output)
{
    // Measured 0.505 on this slice (0.523 on all of dev); set just under it.
    private const double MinOverlapF1 = 0.49;

    // Measured 0.682 on this slice (0.795 on all of dev); set just under it.
    private const double MinDirectOverlapF1 = 0.67;

    [SkippableFact]
    public void First_twenty_dev_articles_keep_their_quote_f1()
    {
        var folder = EvalData.LocatePolnear(EvalData.Locate());
        Skip.If(folder is null, "../shared/eval/quotes-polnear not found: quote attribution quality not measured");

        var articles = PolnearCorpus.Load(folder, "dev", limit: 20);
        var scores = articles.Select(a => QuoteScorer.Compare(a.Body, a.Gold, ArticleAnnotator.Annotate(a.ToArticle()).Quotes)).ToList();
        var (all, direct) = QuoteScorer.Total(scores);

        output.WriteLine($"all: {all.Overlap} exact {all.Exact} speaker {all.SpeakerAccuracy:F4} ({all.Gold} gold, {all.System} found)");
        output.WriteLine($"direct/mixed: {direct.Overlap} exact {direct.Exact} speaker {direct.SpeakerAccuracy:F4} ({direct.Gold} gold, {direct.System} found)");
        Assert.Equal(20, articles.Count);
        Assert.True(all.Overlap.F1 >= MinOverlapF1, $"overlap F1 {all.Overlap.F1:F4} < {MinOverlapF1}");
        Assert.True(direct.Overlap.F1 >= MinDirectOverlapF1, $"direct/mixed overlap F1 {direct.Overlap.F1:F4} < {MinDirectOverlapF1}");
    }

    /// <summary>The scorer's own check: the gold attributions given back as quotes score 1.</summary>
    [SkippableFact]
    public void Gold_given_back_as_quotes_scores_one()
    {
        var folder = EvalData.LocatePolnear(EvalData.Locate());
        Skip.If(folder is null, "../shared/eval/quotes-polnear not found: scorer not checked on PolNeAR");

        var scores = PolnearCorpus.Load(folder, "dev").Select(a => QuoteScorer.Compare(a.Body, a.Gold, a.Gold.Select(g =>
            new QuoteMention(g.Content, QuoteScorer.IsDirect(g.Content.Slice(a.Body)) ? QuoteKind.Direct : QuoteKind.Indirect, g.Cue, g.Source, null, null, null)).ToList()));
        var (all, direct) = QuoteScorer.Total(scores);

        output.WriteLine($"all {all}; direct/mixed {direct}");
        Assert.Equal((1.0, 1.0), (all.Exact.F1, all.Overlap.F1));
        Assert.Equal((1.0, 1.0), (direct.Exact.F1, direct.Overlap.F1));
        Assert.True(all.SpeakerAccuracy > 0.99, $"speaker accuracy {all.SpeakerAccuracy:F4}");
        Assert.Equal(0, all.SpeakerNull);
    }
}
