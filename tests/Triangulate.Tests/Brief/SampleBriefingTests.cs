using Triangulate.Ingest;

namespace Triangulate.Tests.Brief;

/// <summary>The briefing of the repository's sample story (samples/geneva-2022).</summary>
public class SampleBriefingTests
{
    private static string? SampleDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
                return Path.Combine(dir.FullName, "samples", "geneva-2022");
        return null;
    }

    [SkippableFact]
    public void SummaryIsWithinBudgetCitedAndCrossReferenced()
    {
        var dir = SampleDir();
        Skip.If(dir is null || !Directory.Exists(dir), "samples/geneva-2022 not found");
        var articles = Directory.GetFiles(dir!, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Triangulator.Read(new RawInput(f, File.ReadAllBytes(f)))).ToList();
        var briefing = Triangulator.Brief(articles);
        var bodies = briefing.Articles.ToDictionary(a => a.Id, a => a.Body);

        Assert.NotEmpty(briefing.Summary);
        Assert.True(briefing.Summary.Sum(s => s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length) <= 150);
        foreach (var sentence in briefing.Summary)
        {
            var first = sentence.Citations[0];
            Assert.Equal(sentence.Text, bodies[first.Article][first.Start..first.End]);
        }
        // What the outlets agree on is cited to several of them.
        Assert.Contains(briefing.Summary, s => s.Citations.Count >= 3);
        Assert.True(briefing.Summary.Count(s => s.Citations.Count >= 2) >= briefing.Summary.Count / 2);
    }

    [SkippableFact]
    public void SentencesSharingOnlyNamesAndTitlesAreNotCitedAsTheSameContent()
    {
        var dir = SampleDir();
        Skip.If(dir is null || !Directory.Exists(dir), "samples/geneva-2022 not found");
        var articles = Directory.GetFiles(dir!, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Triangulator.Read(new RawInput(f, File.ReadAllBytes(f)))).ToList();
        var briefing = Triangulator.Brief(articles, new Triangulate.Brief.BriefOptions { Words = 1500 });

        // Only the AFP story reports the time the talks opened; other outlets' sentences naming the
        // same two envoys with their titles report other things.
        var opening = Assert.Single(briefing.Summary, s => s.Text.Contains("8:55", StringComparison.Ordinal));
        Assert.Single(opening.Citations);
    }
}
