using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Framing;

/// <summary>Reads the <see cref="DescribingConstruction"/> of a quoted fragment from its sentence.</summary>
internal static class DescribingConstructionReader
{
    private const int MaxAsDistance = 12;  // described her talks with Russian Deputy Foreign Minister Sergei Ryabkov as "…"
    private const int MaxCallDistance = 4; // called the two days of talks "…"

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "this", "such", "what" };

    // Words that may stand between "called" and its complement: the object it names.
    private static readonly HashSet<string> ObjectWords = new(StringComparer.Ordinal)
        { "it", "them", "him", "her", "this", "these", "those", "the", "a", "an", "his", "their", "its", "our", "both", "all" };

    /// <param name="before">The sentence's words before the fragment's opening mark.</param>
    /// <param name="after">The text after the closing mark, to the end of the sentence.</param>
    public static DescribingConstruction Read(string text, int openMark, IReadOnlyList<FramingWord> before, string after)
    {
        var k = before.Count - 1;
        if (k < 0 || !OnlySpaces(text, before[k].Range.End, openMark)) return DescribingConstruction.None;
        var lexicon = FramingLexicon.Instance;
        var nominal = false;
        if (Determiners.Contains(before[k].Lower))
        {
            var next = FramingTokenizer.Tokenize(after, new TextRange(0, after.Length)).FirstOrDefault();
            if (next.Lower is { } word && after.StartsWith(' ') && char.IsLower(after.TrimStart()[0]) && !StopWords.Contains(word))
                return DescribingConstruction.Attributive;
            nominal = true;
            k--;
        }
        if (k > 0 && lexicon.Is(before[k].Lower, FramingClass.Intensifier)) k--;
        if (k < 0) return DescribingConstruction.None;
        var found = lexicon.Is(before[k].Lower, FramingClass.Copula)
            || (before[k].Lower == "as" && HasVerb(before, k - 1, MaxAsDistance, FramingClass.AsVerb, _ => true))
            || HasVerb(before, k, MaxCallDistance, FramingClass.CallVerb, w => ObjectWords.Contains(w) || !StopWords.Contains(w));
        return !found ? DescribingConstruction.None : nominal ? DescribingConstruction.Nominal : DescribingConstruction.Predicate;
    }

    // A verb of the class within a few words before position `from`, with only `between` words after it.
    private static bool HasVerb(IReadOnlyList<FramingWord> words, int from, int distance, FramingClass cls, Func<string, bool> between)
    {
        var lower = words.Select(w => w.Lower).ToList();
        for (var i = from; i >= 0 && from - i < distance; i--)
        {
            if (FramingLexicon.Instance.Match(lower, i, cls).Length > 0) return true;
            if (!between(lower[i])) return false;
        }
        return false;
    }

    private static bool OnlySpaces(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
