using Triangulate.Compare;
using System.Globalization;
using Triangulate.Annotate;
using Triangulate.Brief;
using Triangulate.Ingest;

namespace Triangulate.Bench.Summaries;

/// <summary>
/// ROUGE of the summarizer while one selection weight at a time moves away from its default; only the
/// variants whose names start with one of the comma-separated prefixes in <c>only</c>, when given.
/// </summary>
internal static class TuningSweep
{
    public static int Run(string eval, IReadOnlyList<string> sets, string? only, int limit)
    {
        var d = SummaryTuning.Default;
        var variants = new List<(string Name, SummaryTuning Tuning)> { ("default", d) };
        foreach (var v in new[] { 0.0, 0.5, 2.0 }) variants.Add(($"centrality={v}", d with { Centrality = v }));
        foreach (var v in new[] { 0.0, 0.15, 0.6, 1.0 }) variants.Add(($"lead={v}", d with { Lead = v }));
        foreach (var v in new[] { 0.5, 0.6, 0.8, 1.0 }) variants.Add(($"length={v}", d with { LengthExponent = v }));
        foreach (var v in new[] { 0.4, 0.5, 0.7, 0.8 }) variants.Add(($"redundancy={v}", d with { Redundancy = v }));
        foreach (var v in new[] { 0.5, 1.5, 2.0 }) variants.Add(($"shared-power={v}", d with { SharedPower = v }));
        foreach (var v in new[] { 3, 4 }) variants.Add(($"min-articles={v}", d with { MinArticles = v }));
        foreach (var v in new[] { 8, 10, 12 }) variants.Add(($"min-words={v}", d with { MinWords = v }));
        foreach (var v in new[] { 0.5, 1.0 }) variants.Add(($"open-quote={v}", d with { OpenQuote = v }));
        foreach (var v in new[] { 0.0, 0.25, 0.5 }) variants.Add(($"support={v}", d with { Support = v }));
        foreach (var v in new[] { 0, 3 }) variants.Add(($"swap-rounds={v}", d with { SwapRounds = v }));
        foreach (var v in new[] { 0.0, 0.5, 0.75, 1.5 }) variants.Add(($"swap-prior={v}", d with { SwapPrior = v }));
        foreach (var v in new[] { 0.0, 0.25, 0.4, 0.6, 1.0 }) variants.Add(($"swap-terms={v}", d with { SwapTerms = v }));
        if (only is not null) variants = variants.Where(v => v.Name == "default" || only.Split(',').Any(o => v.Name.StartsWith(o, StringComparison.Ordinal))).ToList();

        foreach (var set in sets)
        {
            var clusters = DucLoader.Load(eval, set, limit);
            var annotated = clusters.Select(c => ArticleIds.AssignUnique(c.Articles).Select(ArticleAnnotator.Annotate).ToList()).ToList();
            var facts = annotated.Select(a => StoryComparer.Compare(a).Facts).ToList();
            var rouge = new Rouge();
            foreach (var (name, tuning) in variants)
            {
                double r1 = 0, r2 = 0, words = 0;
                for (var i = 0; i < clusters.Count; i++)
                {
                    var summary = string.Join("\n", ExtractiveSummarizer
                        .Summarize(annotated[i], new BriefOptions { Words = clusters[i].Words }, facts[i], tuning).Select(s => s.Text));
                    var (a, b) = rouge.Recall(summary, clusters[i].References, clusters[i].Words);
                    r1 += a;
                    r2 += b;
                    words += summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{set,-16} {name,-18} {r1 / clusters.Count,8:F4} {r2 / clusters.Count,8:F4} {words / clusters.Count,6:F1}"));
            }
        }
        return 0;
    }
}
