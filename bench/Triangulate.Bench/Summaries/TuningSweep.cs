using System.Globalization;
using Triangulate.Annotate;
using Triangulate.Brief;
using Triangulate.Ingest;

namespace Triangulate.Bench.Summaries;

/// <summary>ROUGE of the summarizer while one selection weight at a time moves away from its default.</summary>
internal static class TuningSweep
{
    public static int Run(string eval, IReadOnlyList<string> sets)
    {
        var d = SummaryTuning.Default;
        var variants = new List<(string Name, SummaryTuning Tuning)> { ("default", d) };
        foreach (var v in new[] { 0.0, 0.5, 2.0 }) variants.Add(($"centrality={v}", d with { Centrality = v }));
        foreach (var v in new[] { 0.0, 0.15, 0.6, 1.0 }) variants.Add(($"lead={v}", d with { Lead = v }));
        foreach (var v in new[] { 0.5, 0.6, 0.8, 1.0 }) variants.Add(($"length={v}", d with { LengthExponent = v }));
        foreach (var v in new[] { 0.4, 0.5, 0.7, 0.8 }) variants.Add(($"redundancy={v}", d with { Redundancy = v }));

        foreach (var set in sets)
        {
            var clusters = DucLoader.Load(eval, set);
            var annotated = clusters.Select(c => ArticleIds.AssignUnique(c.Articles).Select(ArticleAnnotator.Annotate).ToList()).ToList();
            var rouge = new Rouge();
            foreach (var (name, tuning) in variants)
            {
                double r1 = 0, r2 = 0;
                for (var i = 0; i < clusters.Count; i++)
                {
                    var summary = string.Join("\n", ExtractiveSummarizer
                        .Summarize(annotated[i], new BriefOptions { Words = clusters[i].Words }, tuning).Select(s => s.Text));
                    var (a, b) = rouge.Recall(summary, clusters[i].References, clusters[i].Words);
                    r1 += a;
                    r2 += b;
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{set,-16} {name,-18} {r1 / clusters.Count,8:F4} {r2 / clusters.Count,8:F4}"));
            }
        }
        return 0;
    }
}
