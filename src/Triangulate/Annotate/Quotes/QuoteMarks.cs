namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Quotation marks and which way they face. Typographic marks say it themselves; a straight mark
/// opens after a space, bracket or dash and closes otherwise. Single marks double as apostrophes,
/// so they only open before a letter and only close before a non-letter.
/// </summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    public static bool IsSingle(char c) => c is '\'' or '‘' or '’';

    public static bool IsAny(char c) => IsDouble(c) || IsSingle(c) || c == '`';

    /// <summary>Whether the double mark at <paramref name="i"/> (or the `` / '' pair starting there) opens a quote.</summary>
    public static bool OpensDouble(string text, int i) => text[i] switch
    {
        '“' or '„' or '«' => true,
        '”' or '»' => false,
        _ => StartsAfterBreak(text, i) && HasTextAfter(text, i + PairLength(text, i)),
    };

    /// <summary>"``" opens and "''" closes a quote in older newswire.</summary>
    public static int PairLength(string text, int i) =>
        i + 1 < text.Length && ((text[i] == '`' && text[i + 1] == '`') || (text[i] == '\'' && text[i + 1] == '\'')) ? 2 : 1;

    public static bool OpensSingle(string text, int i)
    {
        if (text[i] is not ('‘' or '\'')) return false;
        if (!StartsAfterBreak(text, i) || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])) return false;
        // '90s, 'em, 'til are elisions, not quotes.
        return !(char.IsDigit(text[i + 1]) || StartsWithWord(text, i + 1, "em") || StartsWithWord(text, i + 1, "til"));
    }

    public static bool ClosesSingle(string text, int i)
    {
        if (text[i] is not ('’' or '\'')) return false;
        if (i == 0 || char.IsWhiteSpace(text[i - 1])) return false;
        return i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
    }

    private static bool StartsAfterBreak(string text, int i)
    {
        if (i == 0) return true;
        var before = text[i - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':' || IsAny(before);
    }

    private static bool HasTextAfter(string text, int i) => i < text.Length && !char.IsWhiteSpace(text[i]);

    private static bool StartsWithWord(string text, int i, string word) =>
        string.CompareOrdinal(text, i, word, 0, word.Length) == 0
        && (i + word.Length >= text.Length || !char.IsLetter(text[i + word.Length]));
}
