using Triangulate.Bench.Extraction;

namespace Triangulate.Tests.Ingest.Html;

/// <summary>The benchmark scorer itself, on cases worked out by hand from aeb_score.py.</summary>
public sealed class ShingleScorerTests
{
    [Fact]
    public void Counts_four_gram_shingles_as_multisets()
    {
        // truth: a b c d e → (a b c d), (b c d e); prediction: b c d e f → (b c d e), (c d e f)
        var c = ShingleScorer.Compare("a b c d e", "b, c; d e f");

        Assert.Equal(new ShingleScorer.Counts(1, 1, 1), c);
    }

    [Fact]
    public void Short_texts_are_one_shingle_and_case_is_kept()
    {
        Assert.Equal(new ShingleScorer.Counts(1, 0, 0), ShingleScorer.Compare("Hello world", "Hello world!"));
        Assert.Equal(new ShingleScorer.Counts(0, 1, 1), ShingleScorer.Compare("Hello world", "hello world"));
    }

    [Fact]
    public void Averages_precision_and_recall_over_pages_then_takes_f1()
    {
        var score = ShingleScorer.Aggregate([new(1, 1, 0), new(1, 0, 1), new(0, 0, 0)]);

        // precision: (0.5 + 1) / 2; recall: (1 + 0.5) / 2; the empty page counts in neither.
        Assert.Equal(0.75, score.Precision, 10);
        Assert.Equal(0.75, score.Recall, 10);
        Assert.Equal(0.75, score.F1, 10);
    }
}
