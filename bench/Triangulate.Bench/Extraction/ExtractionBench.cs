using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Triangulate.Ingest;

namespace Triangulate.Bench.Extraction;

/// <summary>
/// Article-body extraction on ../shared/eval/article-extraction: every page goes through the public
/// HTML → article path (<see cref="ArticleReader"/>) and its body is scored with <see cref="ShingleScorer"/>.
/// Options: --dump FILE writes {id: body} JSON (to cross-check with aeb_score.py); --limit N scores the first N ids.
/// </summary>
public static class ExtractionBench
{
    public sealed record Page(string Id, string Url, string Truth, byte[] Html);

    public static int Run(string? eval, string[] args)
    {
        if (eval is null)
        {
            Console.Error.WriteLine("extraction: ../shared/eval not found (set TRIANGULATE_EVAL); nothing to measure");
            return 1;
        }
        var dump = OptionValue(args, "--dump");
        var limit = OptionValue(args, "--limit") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : int.MaxValue;
        var pages = LoadPages(Path.Combine(eval, "article-extraction")).Take(limit).ToList();

        var predictions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var counts = new List<ShingleScorer.Counts>();
        var crashes = 0;
        foreach (var page in pages)
        {
            string body;
            try { body = Extract(page); }
            catch (Exception e)
            {
                crashes++;
                body = "";
                Console.Error.WriteLine($"{page.Id}: {e.GetType().Name}: {e.Message}");
            }
            predictions[page.Id] = body;
            counts.Add(ShingleScorer.Compare(page.Truth, body));
        }
        var score = ShingleScorer.Aggregate(counts);

        // Five timed passes, single thread, after the first pass warmed everything up. CPU time of the
        // process is reported beside wall time: it holds on a busy machine too.
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        do
        {
            foreach (var page in pages)
                try { Extract(page); } catch (Exception) { /* counted above */ }
            rounds++;
        } while (rounds < 5);
        process.Refresh();
        var pagesPerCpuSecond = rounds * pages.Count / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var pagesPerSecond = rounds * pages.Count / watch.Elapsed.TotalSeconds;

        Console.WriteLine("| pages | precision | recall | F1 | crashes | pages/s (CPU) | pages/s (wall) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {pages.Count} | {score.Precision:F4} | {score.Recall:F4} | {score.F1:F4} | {crashes} | {pagesPerCpuSecond:F1} | {pagesPerSecond:F1} |"));

        if (dump is not null)
            File.WriteAllText(dump, JsonSerializer.Serialize(predictions, new JsonSerializerOptions { WriteIndented = true }));
        if (args.Contains("--worst"))
            foreach (var (page, c) in pages.Zip(counts).OrderBy(x => ShingleScorer.Precision(x.Second) + ShingleScorer.Recall(x.Second)).Take(15))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{page.Id[..12]} P={ShingleScorer.Precision(c):F3} R={ShingleScorer.Recall(c):F3} {page.Url}"));
        return 0;
    }

    /// <summary>The public pipeline on one page: HTML reader, then the article cleaner.</summary>
    public static string Extract(Page page) =>
        ArticleReader.Read(new RawInput($"{page.Id}.html", page.Html, Url: page.Url)).Body;

    /// <summary>The benchmark's pages in ordinal id order.</summary>
    public static IEnumerable<Page> LoadPages(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var items = truth.RootElement.EnumerateObject()
            .Select(p => (Id: p.Name,
                Body: p.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "",
                Url: p.Value.TryGetProperty("url", out var u) ? u.GetString() ?? "" : ""))
            .OrderBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var (id, body, url) in items)
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(folder, "html", id + ".html.gz")), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gz.CopyTo(bytes);
            yield return new Page(id, url, body, bytes.ToArray());
        }
    }

    private static string? OptionValue(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
