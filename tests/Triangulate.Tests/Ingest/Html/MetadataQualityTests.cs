using Triangulate.Bench;
using Triangulate.Bench.Metadata;
using Xunit.Abstractions;

namespace Triangulate.Tests.Ingest.Html;

/// <summary>
/// Title, date and author accuracy on the first 150 pages of ../shared/eval/web-metadata (URL order),
/// scored as the benchmark scores them, so a metadata regression fails. Skips without the data.
/// </summary>
public sealed class MetadataQualityTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void First_pages_keep_their_metadata_accuracy()
    {
        var eval = EvalData.Locate();
        var folder = eval is null ? null : Path.Combine(eval, "web-metadata");
        Skip.If(folder is null || !Directory.Exists(folder), "../shared/eval/web-metadata not found: metadata quality not measured");

        var scores = MetadataBench.Score(MetadataPage.Load(folder!).Take(150));

        output.WriteLine(scores.ToString());
        Assert.Equal(0, scores.Crashes);
        // Each threshold sits just under the score measured on this slice.
        Assert.True(scores.Title.Accuracy >= Thresholds.Title, $"title {scores.Title.Accuracy:F3}");
        Assert.True(scores.Date.Accuracy >= Thresholds.Date, $"date {scores.Date.Accuracy:F3}");
        Assert.True(scores.Author.Accuracy >= Thresholds.Author, $"author {scores.Author.Accuracy:F3}");
        Assert.True(scores.With.Accuracy >= Thresholds.With, $"snippet recall {scores.With.Accuracy:F3}");
        Assert.True(scores.Without.Accuracy >= Thresholds.Without, $"snippet precision {scores.Without.Accuracy:F3}");
    }

    private static class Thresholds
    {
        public const double Title = 0.86, Date = 0.91, Author = 0.74, With = 0.92, Without = 0.91;
    }
}
