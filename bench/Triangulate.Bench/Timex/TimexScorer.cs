using Triangulate.Model;

namespace Triangulate.Bench.Timex;

/// <summary>Counts for one document or a sum of them: gold and system times, strict and relaxed span matches, values and types right.</summary>
public sealed record TimexCounts(int Gold, int System, int Strict, int Relaxed, int Value, int Type)
{
    public static TimexCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public TimexCounts Add(TimexCounts o) =>
        new(Gold + o.Gold, System + o.System, Strict + o.Strict, Relaxed + o.Relaxed, Value + o.Value, Type + o.Type);

    public (double P, double R, double F1) Score(int matched)
    {
        var p = System == 0 ? 0 : (double)matched / System;
        var r = Gold == 0 ? 0 : (double)matched / Gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public double TypeAccuracy => Relaxed == 0 ? 0 : (double)Type / Relaxed;
}

/// <summary>
/// TempEval-3 style scoring: a strict match has identical offsets, a relaxed match overlaps (each gold
/// and system time used once, in text order); value and type are judged on relaxed matches.
/// </summary>
public static class TimexScorer
{
    public static TimexCounts Compare(IReadOnlyList<GoldTime> gold, IReadOnlyList<TimeExpression> system, List<(GoldTime? Gold, TimeExpression? System)>? pairs = null)
    {
        var strict = gold.Count(g => system.Any(s => s.Range == g.Range));
        var used = new bool[system.Count];
        int relaxed = 0, value = 0, type = 0;
        foreach (var g in gold)
        {
            var k = -1;
            for (var i = 0; i < system.Count && k < 0; i++)
                if (!used[i] && system[i].Range.Overlaps(g.Range)) k = i;
            if (k < 0)
            {
                pairs?.Add((g, null));
                continue;
            }
            used[k] = true;
            relaxed++;
            if (system[k].Value == g.Value) value++;
            if (system[k].Type.ToString().Equals(g.Type, StringComparison.OrdinalIgnoreCase)) type++;
            pairs?.Add((g, system[k]));
        }
        for (var i = 0; i < system.Count; i++)
            if (!used[i]) pairs?.Add((null, system[i]));
        return new TimexCounts(gold.Count, system.Count, strict, relaxed, value, type);
    }
}
