using Triangulate.Text;

namespace Triangulate.Bench.Facts;

/// <summary>
/// Tolerant match of a short hand-written description ("more than 13,000 dead", "Kuleba's tweet")
/// against a claim's text: every number of the description is in the text and so is one of its
/// content words, or most of its content words are. Words match on their stems, on a shared
/// five-letter start, or within a few groups of near synonyms (dead / died / killed).
/// </summary>
public static class DescriptionMatcher
{
    private const double MinShare = 0.6;

    private static readonly string[][] Synonyms =
    [
        ["dead", "die", "death", "kill"],
        ["tweet", "twitter"],
        ["demand", "insist", "want"],
    ];

    public static bool Matches(string description, string text)
    {
        var (words, numbers) = Read(description);
        var (textWords, textNumbers) = Read(text);
        var found = words.Count(w => textWords.Any(t => Same(w, t)));
        if (numbers.Count > 0 && numbers.All(textNumbers.Contains) && (words.Count == 0 || found > 0)) return true;
        return words.Count > 0 && found >= Math.Max(1, Math.Ceiling(MinShare * words.Count));
    }

    /// <summary>How many of the description's content words the text has (for telling which claim tells an event).</summary>
    public static int SharedWords(string description, string text)
    {
        var (words, _) = Read(description);
        var (textWords, _) = Read(text);
        return words.Count(w => textWords.Any(t => Same(w, t)));
    }

    private static (List<string> Words, HashSet<string> Numbers) Read(string text)
    {
        var stemmer = new TermStemmer();
        var words = new List<string>();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (char.IsDigit(token.Norm[0])) numbers.Add(token.Norm.Replace(",", "", StringComparison.Ordinal));
            else if (!StopWords.Contains(token.Norm)) words.Add(stemmer.Stem(token.Norm));
        }
        // "100 000": digit groups written with a space are one number.
        var tokens = WordTokenizer.Tokenize(text);
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i].Norm.All(char.IsDigit) && tokens[i + 1].Norm.Length == 3 && tokens[i + 1].Norm.All(char.IsDigit)
                && tokens[i + 1].Range.Start == tokens[i].Range.End + 1)
                numbers.Add(tokens[i].Norm + tokens[i + 1].Norm);
        return (words.Distinct(StringComparer.Ordinal).ToList(), numbers);
    }

    private static bool Same(string a, string b) =>
        a == b
        || (a.Length >= 5 && b.Length >= 5 && string.CompareOrdinal(a, 0, b, 0, 5) == 0)
        || Synonyms.Any(g => g.Any(s => a.StartsWith(s, StringComparison.Ordinal)) && g.Any(s => b.StartsWith(s, StringComparison.Ordinal)));
}
