using System.Diagnostics;
using System.Globalization;
using Triangulate.Annotate;
using Triangulate.Model;

namespace Triangulate.Bench.Timex;

/// <summary>
/// Time expressions on TempEval-3 (TBAQ-cleaned): each document's tag-stripped text goes through
/// <see cref="ArticleAnnotator"/> with its creation date as the publication date, and the times found are
/// scored with <see cref="TimexScorer"/>. Options: --limit N (first N documents), --errors (print every
/// miss, spurious time and wrong value).
/// </summary>
public static class TimexBench
{
    public static int Run(string? eval, string[] args)
    {
        var folder = TimeMlCorpus.Locate(eval);
        if (folder is null)
        {
            Console.Error.WriteLine("timex: ../shared/eval/timex-tempeval3 not found (set TRIANGULATE_EVAL); nothing to measure");
            return 1;
        }
        var limit = Option(args, "--limit") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : int.MaxValue;
        var errors = args.Contains("--errors");
        var docs = TimeMlCorpus.Load(folder, limit);
        var (times, seconds) = Annotate(docs);
        var total = TimexCounts.Zero;
        for (var d = 0; d < docs.Count; d++)
        {
            var pairs = errors ? new List<(GoldTime?, TimeExpression?)>() : null;
            total = total.Add(TimexScorer.Compare(docs[d].Gold, times[d], pairs));
            if (pairs is not null) PrintErrors(docs[d], pairs);
        }
        Console.WriteLine("| TempEval-3 TBAQ | docs | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value P | value R | value F1 | type acc. | docs/s (1 thread) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var (sp, sr, sf) = total.Score(total.Strict);
        var (rp, rr, rf) = total.Score(total.Relaxed);
        var (vp, vr, vf) = total.Score(total.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| all | {docs.Count} | {total.Gold} | {total.System} | {sp:F3} | {sr:F3} | {sf:F3} | {rp:F3} | {rr:F3} | {rf:F3} | {vp:F3} | {vr:F3} | {vf:F3} | {total.TypeAccuracy:F3} | {docs.Count / seconds:F0} |"));
        return 0;
    }

    /// <summary>Annotates every document once on this thread after a warm-up call; times the Annotate calls only.</summary>
    private static (List<IReadOnlyList<TimeExpression>> Times, double Seconds) Annotate(IReadOnlyList<TimeMlDocument> docs)
    {
        if (docs.Count > 0) ArticleAnnotator.Annotate(docs[0].ToArticle());
        var times = new List<IReadOnlyList<TimeExpression>>(docs.Count);
        long ticks = 0;
        foreach (var doc in docs)
        {
            var article = doc.ToArticle();
            var start = Stopwatch.GetTimestamp();
            times.Add(ArticleAnnotator.Annotate(article).Times);
            ticks += Stopwatch.GetTimestamp() - start;
        }
        return (times, Math.Max(1e-9, (double)ticks / Stopwatch.Frequency));
    }

    private static void PrintErrors(TimeMlDocument doc, List<(GoldTime? Gold, TimeExpression? System)> pairs)
    {
        foreach (var (gold, system) in pairs)
        {
            var kind = gold is null ? "SPURIOUS" : system is null ? "MISSED" : gold.Value != system.Value ? "VALUE" : gold.Range != system.Range ? "SPAN" : null;
            if (kind is null) continue;
            var g = gold is null ? "" : $"[{gold.Range.Slice(doc.Text)}] {gold.Type} {gold.Value}";
            var s = system is null ? "" : $"[{system.Range.Slice(doc.Text)}] {system.Type.ToString().ToUpperInvariant()} {system.Value}";
            var at = (gold?.Range ?? system!.Range).Start;
            var context = doc.Text.Substring(Math.Max(0, at - 40), Math.Min(100, doc.Text.Length - Math.Max(0, at - 40))).Replace('\n', ' ');
            Console.WriteLine($"{kind}\t{doc.Name} {doc.Created:yyyy-MM-dd}\tgold {g}\tsys {s}\t… {context} …");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
