using System.Globalization;
using System.Text;

namespace Triangulate.Bench.Extraction;

/// <summary>
/// The article-extraction benchmark's score: \w+ tokens (case kept), word 4-gram shingle multisets,
/// per page true/false positives and false negatives; precision and recall are averaged over pages
/// and F1 is taken from the two means (as ../shared/tools/aeb_score.py).
/// </summary>
public static class ShingleScorer
{
    public readonly record struct Counts(int TruePositives, int FalsePositives, int FalseNegatives);

    public readonly record struct Score(double Precision, double Recall, double F1);

    public static Counts Compare(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var actual = Shingles(predicted);
        int tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in expected)
        {
            var other = actual.GetValueOrDefault(key);
            tp += Math.Min(count, other);
            fn += Math.Max(0, count - other);
        }
        foreach (var (key, count) in actual)
            fp += Math.Max(0, count - expected.GetValueOrDefault(key));
        return new Counts(tp, fp, fn);
    }

    /// <summary>Precision over pages that predicted or expected something, recall likewise, F1 of the means.</summary>
    public static Score Aggregate(IReadOnlyList<Counts> pages)
    {
        var precisions = pages.Where(c => c.TruePositives + c.FalsePositives > 0).Select(Precision).ToList();
        var recalls = pages.Where(c => c.TruePositives + c.FalseNegatives > 0).Select(Recall).ToList();
        var p = precisions.Count == 0 ? 0 : precisions.Average();
        var r = recalls.Count == 0 ? 0 : recalls.Average();
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public static double Precision(Counts c) =>
        c.FalsePositives == 0 && c.FalseNegatives == 0 ? 1.0
        : c.TruePositives + c.FalsePositives == 0 ? 0.0
        : (double)c.TruePositives / (c.TruePositives + c.FalsePositives);

    public static double Recall(Counts c) =>
        c.FalsePositives == 0 && c.FalseNegatives == 0 ? 1.0
        : c.TruePositives + c.FalseNegatives == 0 ? 0.0
        : (double)c.TruePositives / (c.TruePositives + c.FalseNegatives);

    /// <summary>Word 4-grams as a multiset; a text of one to three words is one shingle.</summary>
    internal static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            if (i >= tokens.Count) break;
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    /// <summary>Runs of word characters as Python's Unicode \w sees them: letters, numbers, underscore.</summary>
    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune)) current.Append(rune.ToString());
            else if (current.Length > 0) { tokens.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static bool IsWord(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
