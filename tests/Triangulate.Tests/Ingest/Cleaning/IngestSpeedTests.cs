using Triangulate.Tests.Render;
using System.Diagnostics;
using Triangulate.Ingest;
using Triangulate.Ingest.Cleaning;
using Triangulate.Ingest.Text;
using Xunit.Abstractions;

namespace Triangulate.Tests.Ingest.Cleaning;

/// <summary>
/// Guards against pathological slowness (a backtracking pattern, a quadratic pass): ingest of the
/// sample articles must stay far below the 1 ms-per-article budget; the bound is loose because test machines are shared and loaded (the bench measures speed).
/// </summary>
public class IngestSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void SampleArticlesIngestWellWithinBudget()
    {
        var folder = Path.Combine(RenderFixtures.RepositoryRoot(), "samples", "geneva-2022");
        var inputs = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new RawInput(f, File.ReadAllBytes(f))).ToArray();
        for (var i = 0; i < 20; i++) IngestAll(inputs);

        const int rounds = 200;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) IngestAll(inputs);
        var perArticle = clock.Elapsed.TotalMilliseconds / (rounds * inputs.Length);

        output.WriteLine($"{perArticle * 1000:F0} µs per article");
        Assert.True(perArticle < 25, $"{perArticle:F2} ms per article");
    }

    private static void IngestAll(RawInput[] inputs)
    {
        foreach (var input in inputs) ArticleCleaner.Clean(PlainTextDocumentReader.Read(input));
    }

}
