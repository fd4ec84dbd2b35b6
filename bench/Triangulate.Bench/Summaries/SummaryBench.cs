using Triangulate.Compare;
using System.Diagnostics;
using System.Globalization;
using Triangulate.Annotate;
using Triangulate.Brief;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Bench.Summaries;

/// <summary>
/// Multi-document summaries on DUC 2006/2007: ROUGE-1/2 recall (ROUGE-1.5.5 -n 2 -m -l LEN) of the
/// extractive summarizer, a lead baseline and standard LexRank, averaged over document sets.
/// Options: --set duc2006|duc2007|duc2007-update (default: all), --write DIR (summaries and references
/// as files, for cross-checking with another ROUGE), --tune (ROUGE of the summarizer over a small grid of its weights; --only PREFIX,… picks variants,
/// --limit N the first N sets). "lexrank-fit" is LexRank under the summarizer's budget rule: a sentence
/// that would pass the word limit is skipped, where "lexrank" and "lead" add it and let ROUGE cut it.
/// </summary>
public static class SummaryBench
{
    private delegate string Summarizer(IReadOnlyList<AnnotatedArticle> articles, int words);

    public static int Run(string? eval, string[] args)
    {
        if (eval is null)
        {
            Console.Error.WriteLine("summary: ../shared/eval not found (set TRIANGULATE_EVAL); nothing to measure");
            return 1;
        }
        var sets = Option(args, "--set") is { } one ? [one] : DucLoader.Sets;
        var write = Option(args, "--write");
        if (args.Contains("--tune"))
            return TuningSweep.Run(eval, sets, Option(args, "--only"),
                int.TryParse(Option(args, "--limit"), out var limit) ? limit : int.MaxValue);
        var systems = new (string Name, Summarizer Run)[]
        {
            ("triangulate", Triangulate),
            ("lead", LeadBaseline.Summarize),
            ("lexrank", (articles, words) => LexRankBaseline.Summarize(articles, words)),
            ("lexrank-fit", (articles, words) => LexRankBaseline.Summarize(articles, words, fit: true)),
        };

        Console.WriteLine($"{"set",-16} {"system",-12} {"sets",5} {"R-1",8} {"R-2",8} {"words",6} {"ms/set",7}");
        foreach (var set in sets)
        {
            var clusters = DucLoader.Load(eval, set);
            if (clusters.Count == 0)
            {
                Console.WriteLine($"{set,-16} (no data)");
                continue;
            }
            var annotated = clusters.Select(c => ArticleIds.AssignUnique(c.Articles).Select(ArticleAnnotator.Annotate).ToList()).ToList();
            foreach (var (name, run) in systems)
            {
                var rouge = new Rouge();
                double r1 = 0, r2 = 0, words = 0;
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < clusters.Count; i++)
                {
                    var cluster = clusters[i];
                    var summary = run(annotated[i], cluster.Words);
                    var (a, b) = rouge.Recall(summary, cluster.References, cluster.Words);
                    r1 += a;
                    r2 += b;
                    words += Math.Min(cluster.Words, summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
                    if (write is not null) Write(write, set, name, cluster, summary);
                }
                var n = clusters.Count;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{set,-16} {name,-12} {n,5} {r1 / n,8:F4} {r2 / n,8:F4} {words / n,6:F0} {watch.Elapsed.TotalMilliseconds / n,7:F1}"));
            }
        }
        return 0;
    }

    private static string Triangulate(IReadOnlyList<AnnotatedArticle> articles, int words) =>
        string.Join("\n", ExtractiveSummarizer.Summarize(articles, new BriefOptions { Words = words }, StoryComparer.Compare(articles).Facts).Select(s => s.Text));

    private static void Write(string root, string set, string system, DucCluster cluster, string summary)
    {
        var dir = Path.Combine(root, set, cluster.Name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, $"{system}.txt"), summary + "\n");
        for (var r = 0; r < cluster.References.Count; r++)
            File.WriteAllText(Path.Combine(dir, $"ref{r}.txt"), cluster.References[r]);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
