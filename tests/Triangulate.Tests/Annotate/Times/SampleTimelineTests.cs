using System.Text.Json;
using Triangulate.Annotate;
using Triangulate.Bench;
using Triangulate.Brief;
using Triangulate.Ingest;

namespace Triangulate.Tests.Annotate.Times;

/// <summary>
/// Every date of the sample's hand-made timeline (../shared/samples/geneva-2022/gold.json) is found
/// in each article the timeline lists, an undated article reading its dates against the story's date.
/// Skips when the shared folder is absent.
/// </summary>
public class SampleTimelineTests
{
    [SkippableFact]
    public void TimelineDatesAreFoundInTheirArticles()
    {
        var shared = EvalData.LocateSharedSamples();
        Skip.If(shared is null, "../shared/samples is absent: gold.json is not part of the repository");
        var goldPath = Path.Combine(shared!, "geneva-2022", "gold.json");
        Skip.IfNot(File.Exists(goldPath), $"{goldPath} is absent");
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));

        var files = Render.RenderFixtures.SampleFiles();
        var articles = ArticleIds.AssignUnique(files.Select(f => Triangulator.Read(new RawInput(f, File.ReadAllBytes(f))))).ToList();
        var storyDate = BriefingAssembler.ReferenceDate(articles);
        var values = files.Select((f, i) => (Prefix: Path.GetFileName(f)[..3], Values: ArticleAnnotator.Annotate(articles[i], storyDate).Times.Select(t => t.Value).ToHashSet()))
            .ToDictionary(x => x.Prefix, x => x.Values);

        var missing = new List<string>();
        foreach (var entry in gold.RootElement.GetProperty("timeline").EnumerateArray())
        {
            var date = entry.GetProperty("date").GetString()!;
            foreach (var article in entry.GetProperty("in").EnumerateArray().Select(a => a.GetString()!))
                if (!values[article].Contains(date)) missing.Add($"{date} in {article} (found: {string.Join(", ", values[article].Order())})");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
