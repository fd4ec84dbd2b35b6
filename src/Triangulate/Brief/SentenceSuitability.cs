using Triangulate.Text;

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
        if (!HasLikelyVerb(text)) return 0; // captions and headline-like labels

        var score = 1.0;
        if (IsOpener(text[0]) && end < text.Length) score *= 0.4; // a quotation with no attribution
        var first = FirstWord(text);
        if (ContextOpeners.Contains(first)) score *= 0.6;
        return score;
    }

    /// <summary>
    /// Without a tagger: some lower-case word is a common verb or auxiliary, or has a verb-like
    /// ending (-s, -ed, -ing, -en). Captions such as "A soldier near Donetsk, Ukraine." have none.
    /// </summary>
    private static bool HasLikelyVerb(string text)
    {
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            var word = token.Norm;
            if (!char.IsLower(text[token.Range.Start])) continue;
            if (CommonVerbs.Contains(word)) return true;
            if (word.Length > 3 && (word.EndsWith('s') || word.EndsWith("ed", StringComparison.Ordinal)
                || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> CommonVerbs = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "am", "has", "have", "had", "do", "did", "will", "would", "can", "could",
        "may", "might", "must", "shall", "should", "said", "say", "told", "tell", "made", "make", "took", "take",
        "gave", "give", "met", "meet", "left", "leave", "went", "go", "came", "come", "got", "get", "held", "hold",
        "put", "set", "cut", "hit", "let", "ran", "run", "saw", "see", "won", "win", "lost", "lose", "sent", "send",
        "began", "begin", "led", "lead", "fell", "rose", "kept", "keep", "found", "find", "brought", "bring",
        "thought", "think", "meant", "spent", "paid", "pay", "sold", "sell", "built", "build", "stood", "became",
        "become", "chose", "spoke", "wrote", "knew", "know", "grew", "drew", "broke", "fled", "struck", "shut",
        "read", "spread", "sought", "fought", "caught", "bought", "felt", "heard", "want", "need", "call", "ask",
        "attend", "agree", "warn", "plan", "expect", "remain", "seek", "urge", "deny", "claim", "accuse", "insist",
    };

    /// <summary>
    /// Quotation marks that do not pair up inside the sentence: a closing mark with no opening one
    /// before it (the quotation began in an earlier sentence) or an opening one never closed.
    /// Straight double quotes pair by count; typographic and doubled-backtick marks by direction.
    /// </summary>
    public static bool HasUnpairedQuote(string text)
    {
        var depth = 0;
        var straight = 0;
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '"') straight++;
            else if (c == '“' || (c == '`' && k + 1 < text.Length && text[k + 1] == '`'))
            {
                depth++;
                if (c == '`') k++;
            }
            else if (c == '”' || (c == '\'' && k + 1 < text.Length && text[k + 1] == '\''))
            {
                if (depth == 0) return true;
                depth--;
                if (c == '\'') k++;
            }
        }
        return depth != 0 || straight % 2 != 0;
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
