using System.Diagnostics;
using System.Globalization;
using Triangulate.Annotate;
using Triangulate.Annotate.Entities;
using Triangulate.Annotate.Quantities;
using Triangulate.Annotate.Quotes;
using Triangulate.Annotate.Times;
using Triangulate.Bench.Summaries;
using Triangulate.Brief;
using Triangulate.Compare;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Bench;

/// <summary>
/// Throughput on one thread: annotate + brief on DUC 2006 document sets (25 articles each; the
/// articles are parsed beforehand), each annotation layer alone on the same sets, and ingest + brief
/// on the repository's samples/geneva-2022.
/// Options: --sets N (DUC sets to use, default 50), --rounds N (passes over the sample, default 20).
/// </summary>
public static class SpeedBench
{
    public static int Run(string? eval, string[] args)
    {
        var sets = IntOption(args, "--sets", 50);
        var rounds = IntOption(args, "--rounds", 20);
        Console.WriteLine($"{"workload",-34} {"articles",8} {"articles/s",11} {"median ms/set",14}");
        if (eval is null) Console.WriteLine($"{"duc2006 annotate+brief",-34} (../shared/eval not found)");
        else Duc(eval, sets);
        Sample(rounds);
        return 0;
    }

    private static void Duc(string eval, int sets)
    {
        var clusters = DucLoader.Load(eval, "duc2006", sets);
        var inputs = clusters.Select(c => ArticleIds.AssignUnique(c.Articles)).ToList();
        Brief(inputs[0]); // warm up: JIT, lazy resources
        var times = new List<double>();
        var articles = 0;
        var total = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            Brief(input);
            times.Add(watch.Elapsed.TotalMilliseconds);
            articles += input.Count;
        }
        Print("duc2006 annotate+brief (1 thread)", articles, total.Elapsed.TotalSeconds, Median(times));
        Layers(inputs);
    }

    /// <summary>Each annotation layer alone over the same sets, on sentences split beforehand: where annotate spends its time.</summary>
    private static void Layers(IReadOnlyList<IReadOnlyList<Article>> inputs)
    {
        var sets = inputs.Select(set => set.Select(a => (a.Body, Sentences: SentenceSplitter.Split(a.Body))).ToList()).ToList();
        var reference = new DateOnly(2006, 1, 1);
        (string Name, Action<string, IReadOnlyList<Sentence>> Run)[] layers =
        [
            ("sentences", (body, _) => SentenceSplitter.Split(body)),
            ("quotes", (body, sentences) => QuoteExtractor.Extract(body, sentences)),
            ("times", (body, sentences) => TimeExtractor.Extract(body, sentences, reference, TimeAnchor.Published)),
            ("names", (body, sentences) => EntityTagger.Tag(body, sentences)),
            ("quantities", (body, sentences) => QuantityRecognizer.Recognize(body, sentences)),
        ];
        foreach (var (name, run) in layers)
        {
            foreach (var (body, sentences) in sets[0]) run(body, sentences); // warm up
            var times = new List<double>();
            var articles = 0;
            var total = Stopwatch.StartNew();
            foreach (var set in sets)
            {
                var watch = Stopwatch.StartNew();
                foreach (var (body, sentences) in set) run(body, sentences);
                times.Add(watch.Elapsed.TotalMilliseconds);
                articles += set.Count;
            }
            Print($"  layer: {name}", articles, total.Elapsed.TotalSeconds, Median(times));
        }
    }

    private static void Sample(int rounds)
    {
        var dir = LocateSample();
        if (dir is null)
        {
            Console.WriteLine($"{"geneva-2022 ingest+brief",-34} (samples/geneva-2022 not found)");
            return;
        }
        var raw = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new RawInput(f, File.ReadAllBytes(f))).ToList();
        void Once() => Brief(ArticleIds.AssignUnique(raw.Select(Triangulator.Read)));
        Once();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            var watch = Stopwatch.StartNew();
            Once();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Print("geneva-2022 ingest+brief (1 thread)", raw.Count * rounds, total.Elapsed.TotalSeconds, Median(times));
    }

    // What BriefingAssembler does, sequentially on purpose (it annotates in parallel): this measures one core.
    private static void Brief(IReadOnlyList<Article> articles)
    {
        var annotated = articles.Select(ArticleAnnotator.Annotate).ToList();
        ExtractiveSummarizer.Summarize(annotated, BriefOptions.Default);
        StoryComparer.Compare(annotated);
        StoryTitleChooser.Choose(articles);
    }

    private static string? LocateSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
            {
                var sample = Path.Combine(dir.FullName, "samples", "geneva-2022");
                return Directory.Exists(sample) ? sample : null;
            }
        return null;
    }

    private static void Print(string name, int articles, double seconds, double median) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {articles,8} {articles / seconds,11:F0} {median,14:F1}"));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
