using System.Globalization;
using Triangulate.Annotate.Entities;
using Triangulate.Model;

namespace Triangulate.Bench.Entities;

/// <summary>Counts of one entity type (or all): true positives, false positives, false negatives.</summary>
public sealed record EntityCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {TruePositives + FalseNegatives} | {TruePositives + FalsePositives} | {Precision:F4} | {Recall:F4} | {F1:F4} |");

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// Entity-level scoring as conlleval does it: a predicted entity counts only when its span and type both
/// equal a gold entity's.
/// </summary>
public sealed class EntityScorer
{
    private readonly int[] _tp = new int[4], _fp = new int[4], _fn = new int[4];

    public void Add(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        var goldSpans = EntityTags.Spans(gold).ToHashSet();
        var predictedSpans = EntityTags.Spans(predicted).ToHashSet();
        foreach (var span in predictedSpans)
            if (goldSpans.Contains(span)) _tp[(int)span.Type]++;
            else _fp[(int)span.Type]++;
        foreach (var span in goldSpans)
            if (!predictedSpans.Contains(span)) _fn[(int)span.Type]++;
    }

    public EntityCounts For(EntityType type) => new(_tp[(int)type], _fp[(int)type], _fn[(int)type]);

    public EntityCounts Overall => new(_tp.Sum(), _fp.Sum(), _fn.Sum());
}
