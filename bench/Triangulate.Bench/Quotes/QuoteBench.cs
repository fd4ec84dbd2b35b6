using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Triangulate.Annotate;
using Triangulate.Model;

namespace Triangulate.Bench.Quotes;

/// <summary>
/// Quote attribution on PolNeAR: each article's text goes through <see cref="ArticleAnnotator"/> as the
/// body of an article, and its quotes are scored with <see cref="QuoteScorer"/> against the first
/// annotator's attributions. Options: --split train|dev (default dev), --limit N (first N articles in
/// name order), --worst N (the N articles of lowest F1 with their misses), --dump FILE (the quotes
/// found, per article, as JSON Lines).
/// </summary>
public static class QuoteBench
{
    private static readonly JsonSerializerOptions DumpJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string? eval, string[] args)
    {
        var folder = EvalData.LocatePolnear(eval);
        if (folder is null)
        {
            Console.Error.WriteLine("quotes: ../shared/eval/quotes-polnear not found (set TRIANGULATE_EVAL); nothing to measure");
            return 1;
        }
        var split = Option(args, "--split") ?? "dev";
        if (!PolnearCorpus.Splits.Contains(split))
        {
            Console.Error.WriteLine($"quotes: --split must be {string.Join(" or ", PolnearCorpus.Splits)}");
            return 2;
        }
        var limit = Option(args, "--limit") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : int.MaxValue;
        var worst = Option(args, "--worst") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : 0;
        var dump = Option(args, "--dump");
        var articles = PolnearCorpus.Load(folder, split, limit);
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"quotes: no articles in {Path.Combine(folder, split)}");
            return 1;
        }

        var (quotes, seconds, crashes) = Annotate(articles);
        var scores = articles.Select((a, i) => QuoteScorer.Compare(a.Body, a.Gold, quotes[i])).ToList();
        var (all, direct) = QuoteScorer.Total(scores);

        Console.WriteLine("| polnear " + split + " | gold | system | matched gold | matched system | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | speaker acc. | speaker pairs | no speaker |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row("all attributions", all);
        Row("direct/mixed", direct);
        Console.WriteLine();
        Console.WriteLine("| articles | crashes | annotate articles/s (1 thread) |");
        Console.WriteLine("|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {articles.Count} | {crashes} | {articles.Count / seconds:F1} |"));

        if (worst > 0) PrintWorst(articles, quotes, scores, worst);
        if (dump is not null) Dump(dump, articles, quotes, scores);
        return 0;
    }

    /// <summary>Annotates every article once on this thread, after one warm-up call; times the Annotate calls only.</summary>
    private static (List<IReadOnlyList<QuoteMention>> Quotes, double Seconds, int Crashes) Annotate(IReadOnlyList<PolnearArticle> articles)
    {
        try { ArticleAnnotator.Annotate(articles[0].ToArticle()); } catch (Exception) { /* counted below */ }
        var quotes = new List<IReadOnlyList<QuoteMention>>();
        var crashes = 0;
        long ticks = 0;
        foreach (var a in articles)
        {
            var article = a.ToArticle();
            var start = Stopwatch.GetTimestamp();
            try { quotes.Add(ArticleAnnotator.Annotate(article).Quotes); }
            catch (Exception e)
            {
                crashes++;
                quotes.Add([]);
                Console.Error.WriteLine($"{a.Name}: {e.GetType().Name}: {e.Message}");
            }
            ticks += Stopwatch.GetTimestamp() - start;
        }
        return (quotes, (double)ticks / Stopwatch.Frequency, crashes);
    }

    private static void Row(string name, QuoteScorer.Counts c) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {c.Gold} | {c.System} | {c.OverlapGold} | {c.OverlapSystem} | {c.Exact.Precision:F3} | {c.Exact.Recall:F3} | {c.Exact.F1:F3} | {c.Overlap.Precision:F3} | {c.Overlap.Recall:F3} | {c.Overlap.F1:F3} | {c.SpeakerAccuracy:F3} | {c.SpeakerPairs} | {c.SpeakerNull} |"));

    private static void PrintWorst(IReadOnlyList<PolnearArticle> articles, IReadOnlyList<IReadOnlyList<QuoteMention>> quotes, IReadOnlyList<QuoteScorer.ArticleScore> scores, int count)
    {
        foreach (var i in Enumerable.Range(0, articles.Count).OrderBy(i => scores[i].F1).ThenBy(i => articles[i].Name, StringComparer.Ordinal).Take(count))
        {
            var (a, s) = (articles[i], scores[i]);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{a.Name} F1={s.F1:F3} gold={s.All.Gold} system={s.All.System} matched={s.All.OverlapGold}"));
            foreach (var g in s.UnmatchedGold)
                Console.WriteLine($"  missed {Shorten(a.Gold[g].Content, a.Body)}" + (a.Gold[g].Source is { } source ? $"  (source: {Shorten(source, a.Body)})" : ""));
            foreach (var q in s.UnmatchedSystem)
                Console.WriteLine($"  extra  {quotes[i][q].Kind,-8} {Shorten(quotes[i][q].Content, a.Body)}");
        }
    }

    private static void Dump(string path, IReadOnlyList<PolnearArticle> articles, IReadOnlyList<IReadOnlyList<QuoteMention>> quotes, IReadOnlyList<QuoteScorer.ArticleScore> scores)
    {
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        for (var i = 0; i < articles.Count; i++)
        {
            var body = articles[i].Body;
            var line = new
            {
                Article = articles[i].Name,
                scores[i].F1,
                Gold = articles[i].Gold.Count,
                Quotes = quotes[i].Select((q, k) => new
                {
                    q.Content.Start,
                    q.Content.End,
                    Kind = q.Kind.ToString(),
                    Text = q.Content.Slice(body),
                    Cue = Span(q.Cue, body),
                    SpeakerMention = Span(q.SpeakerMention, body),
                    Speaker = q.Speaker?.Name,
                    Attribution = q.Attribution?.ToString(),
                    q.SpeakerReason,
                    MatchedGold = scores[i].SystemToGold[k] is { } g ? Span(articles[i].Gold[g].Content, body) : null,
                }),
                Missed = scores[i].UnmatchedGold.Select(g => Span(articles[i].Gold[g].Content, body)),
            };
            writer.WriteLine(JsonSerializer.Serialize(line, DumpJson));
        }
    }

    private static object? Span(TextRange? range, string body) =>
        range is { } r ? new { r.Start, r.End, Text = r.Slice(body) } : null;

    private static string Shorten(TextRange range, string body)
    {
        var text = range.Slice(body).ReplaceLineEndings(" ");
        return $"[{range.Start},{range.End}) " + (text.Length <= 90 ? text : text[..60] + " … " + text[^25..]);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
