namespace Triangulate.Brief;

/// <summary>
/// How well a sentence stands alone in a briefing: 0 for fragments, headings, questions and very
/// long run-ons; reduced for bare quotes and for openings that need the previous sentence
/// ("But", "He said", "This").
/// </summary>
internal static class SentenceSuitability
{
    public const int MinWords = 6;
    public const int MaxWords = 60;

    private static readonly HashSet<string> ContextOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its", "there",
        "but", "and", "or", "however", "also", "yet", "still", "so", "then", "meanwhile", "instead", "moreover",
        "furthermore", "besides", "nevertheless", "thus", "therefore", "otherwise", "later", "earlier", "such",
    };

    public static double Score(string text, int words)
    {
        if (words < MinWords || words > MaxWords) return 0;
        var end = text.Length;
        while (end > 0 && IsCloser(text[end - 1])) end--;
        if (end == 0) return 0;
        var final = text[end - 1];
        if (final is not ('.' or '!' or '…')) return 0; // headings, fragments, questions
        if (!text.Any(char.IsLower)) return 0; // all-caps headlines and labels

        var score = 1.0;
        if (IsOpener(text[0]) && end < text.Length) score *= 0.4; // a quotation with no attribution
        var first = FirstWord(text);
        if (ContextOpeners.Contains(first)) score *= 0.6;
        return score;
    }

    private static string FirstWord(string text)
    {
        var k = 0;
        while (k < text.Length && !char.IsLetterOrDigit(text[k])) k++;
        var start = k;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        return text[start..k];
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']';

    private static bool IsOpener(char c) => c is '"' or '“' or '‘' or '`' or '«';
}
