using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Annotate;
using Triangulate.Bench.Summaries;
using Triangulate.Compare;
using Triangulate.Compare.Facts;
using Triangulate.Compare.Sources;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Bench.Facts;

/// <summary>
/// Facts and wire copies: the gold checks on samples/geneva-2022 (see <see cref="FactGoldChecks"/>),
/// near-duplicate pairs in the DUC 2006 and 2007 clusters by containment, and the time of the Compare
/// stage per 25-document DUC 2006 cluster (one thread, articles annotated beforehand).
/// Options: --sets N (DUC 2006 clusters timed, default 10), --show N (near-duplicate pairs printed per
/// collection for inspection, with as many just under the threshold and multi-article facts of the sample, default 0).
/// </summary>
public static class FactsBench
{
    public static int Run(string? eval, string[] args)
    {
        var sets = int.Parse(BenchArgs.Option(args, "--sets") ?? "10", CultureInfo.InvariantCulture);
        var show = int.Parse(BenchArgs.Option(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        Sample(show);
        if (eval is null)
        {
            Console.WriteLine("DUC: ../shared/eval not found");
            return 0;
        }
        foreach (var set in new[] { "duc2006", "duc2007" }) NearDuplicates(eval, set, show);
        CompareTime(eval, sets);
        return 0;
    }

    private static void Sample(int show)
    {
        var repository = EvalData.LocateRepository();
        var shared = EvalData.LocateSharedSamples();
        var folder = repository is null ? null : Path.Combine(repository, "samples", "geneva-2022");
        var goldFile = shared is null ? null : Path.Combine(shared, "geneva-2022", "gold.json");
        if (folder is null || !Directory.Exists(folder) || goldFile is null || !File.Exists(goldFile))
        {
            Console.WriteLine("geneva-2022: sample or gold.json not found");
            return;
        }
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal);
        var briefing = Triangulator.Brief(files.Select(f => Triangulator.Read(new RawInput(f, File.ReadAllBytes(f)))));
        using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
        var checks = new FactGoldChecks(briefing, gold.RootElement);

        var unique = checks.UniqueCoverage();
        Console.WriteLine($"geneva-2022 unique coverage found as facts of that article only: {unique.Count(u => u.Fact is not null)}/{unique.Count}");
        foreach (var (article, description, fact) in unique)
            Console.WriteLine($"  {(fact is null ? "MISS" : "ok  ")} {article} {description}{(fact is null ? "" : " <- " + Short(fact.Text))}");
        Console.WriteLine($"geneva-2022 of those, among the first 5 of their article's unique facts (as Markdown and HTML show them): {checks.UniqueCoverageShown(5)}/{unique.Count}");
        var sunday = checks.SundayMeeting();
        Console.WriteLine($"geneva-2022 Sunday 9 January meeting one fact of 002 and 004: {(sunday is null ? "no" : "yes (" + sunday.Id + ")")}");
        foreach (var (article, expected, source) in checks.OriginalOutlets())
            Console.WriteLine($"geneva-2022 {article} original outlet {expected}: coverage source {source ?? "(none)"}");
        var (aligned, pairs) = checks.TimelineAlignment();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"geneva-2022 timeline events: article pairs grouped in one fact {aligned}/{pairs} ({(double)aligned / Math.Max(1, pairs):F3})"));
        foreach (var fact in briefing.Facts.Where(f => f.Citations.Count >= 2).Take(show))
            Console.WriteLine($"  fact {fact.Id} ({fact.Support}): " + string.Join(" | ", fact.Citations.Select(c => checks.Prefix(c.Article) + " " + Short(checks.Text(c)))));
        Console.WriteLine($"geneva-2022 facts {briefing.Facts.Count}, with two or more sources {briefing.Facts.Count(f => f.Support >= 2)}, "
            + $"quote groups with two or more sources {briefing.Quotes.Count(q => q.Support >= 2)}");
    }

    private static void NearDuplicates(string eval, string set, int show)
    {
        var clusters = DucLoader.Load(eval, set);
        var bins = new int[10];
        var copies = new List<(string Cluster, Article Copy, Article Original, double Containment)>();
        var documents = 0;
        foreach (var cluster in clusters)
        {
            var articles = cluster.Articles;
            documents += articles.Count;
            for (var i = 0; i < articles.Count; i++)
                for (var j = i + 1; j < articles.Count; j++)
                {
                    var c = NearDuplicateDetector.Containment(articles[i].Body, articles[j].Body);
                    bins[Math.Min(9, (int)(c * 10))]++;
                }
            var copyOf = NearDuplicateDetector.CopyOf(articles.Select(a => a.Body).ToList());
            for (var j = 0; j < articles.Count; j++)
                if (copyOf[j] >= 0)
                    copies.Add((cluster.Name, articles[j], articles[copyOf[j]], NearDuplicateDetector.Containment(articles[j].Body, articles[copyOf[j]].Body)));
        }
        Console.WriteLine($"{set}: {clusters.Count} clusters, {documents} documents, near-duplicate copies found {copies.Count} "
            + $"(containment >= {NearDuplicateDetector.MinContainment.ToString(CultureInfo.InvariantCulture)})");
        Console.WriteLine($"  pairs by containment (0.0-0.1 … 0.9-1.0): {string.Join(" ", bins)}");
        foreach (var (cluster, copy, original, containment) in copies.Take(show).Concat(Borderline(clusters).Take(show)))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {cluster} {copy.Id} copies {original.Id} ({containment:F2}): \"{Short(copy.Body)}\" / \"{Short(original.Body)}\""));
    }

    /// <summary>Pairs just under the copy threshold (containment 0.3 or more), the earlier article as the original.</summary>
    private static IEnumerable<(string, Article, Article, double)> Borderline(IReadOnlyList<DucCluster> clusters)
    {
        foreach (var cluster in clusters)
            for (var j = 0; j < cluster.Articles.Count; j++)
                for (var i = 0; i < j; i++)
                {
                    var c = NearDuplicateDetector.Containment(cluster.Articles[i].Body, cluster.Articles[j].Body);
                    if (c >= 0.3 && c < NearDuplicateDetector.MinContainment) yield return ($"{cluster.Name} below:", cluster.Articles[j], cluster.Articles[i], c);
                }
    }

    private static void CompareTime(string eval, int sets)
    {
        var clusters = DucLoader.Load(eval, "duc2006", sets);
        var annotated = clusters.Select(c => ArticleIds.AssignUnique(c.Articles).Select(ArticleAnnotator.Annotate).ToList()).ToList();
        StoryComparer.Compare(annotated[0]); // warm up
        var times = new List<double>();
        var alignTimes = new List<double>();
        int facts = 0, multi = 0;
        foreach (var story in annotated)
        {
            var watch = Stopwatch.StartNew();
            var analysis = StoryComparer.Compare(story);
            times.Add(watch.Elapsed.TotalMilliseconds);
            facts += analysis.Facts.Count;
            multi += analysis.Facts.Count(f => f.Support >= 2);
            var entities = StoryComparer.ResolveEntities(story);
            watch.Restart();
            FactAligner.Align(story, SourceGrouper.Group(story), entities);
            alignTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        alignTimes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"duc2006 compare stage over {annotated.Count} clusters: median {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms per cluster "
            + $"(sources + facts alone: median {alignTimes[alignTimes.Count / 2]:F1} ms); "
            + $"facts per cluster {(double)facts / annotated.Count:F0}, with two or more sources {(double)multi / annotated.Count:F0}"));
    }

    private static string Short(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 90 ? flat : flat[..90] + "…";
    }
}
