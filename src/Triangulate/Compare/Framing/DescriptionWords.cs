using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>
/// Whether a quoted fragment is a description rather than a statement: one to five words, each an
/// evaluative adjective or noun of the framing lexicon ("frank and forthright") or a word that joins or
/// grades them ("and", "very", "not"). After an article ("as a propaganda campaign") the last word
/// may be a plain noun that an evaluative word before it qualifies.
/// </summary>
internal static class DescriptionWords
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "or", "but", "yet", "nor", "a", "an", "the" };

    private static readonly FramingClass[] Evaluative = [FramingClass.Adjective, FramingClass.Noun, FramingClass.Describing];

    public static bool Describe(string text, TextRange fragment, DescribingConstruction construction)
    {
        var words = FramingTokenizer.Tokenize(text, fragment);
        if (words.Count is 0 or > MaxWords) return false;
        var lower = words.Select(w => w.Lower).ToList();
        var lexicon = FramingLexicon.Instance;
        var evaluative = 0;
        for (var i = 0; i < lower.Count;)
        {
            var (length, _) = lexicon.Match(lower, i, Evaluative);
            if (length > 0) { evaluative++; i += length; continue; }
            var plainHead = i == lower.Count - 1 && evaluative > 0 && construction == DescribingConstruction.Nominal;
            if (!plainHead && !Joiners.Contains(lower[i]) && !lexicon.Is(lower[i], FramingClass.Intensifier)) return false;
            i++;
        }
        return evaluative > 0;
    }
}
