using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>
/// Splits a headline into words, keeping a word whole across an inner hyphen, apostrophe or period
/// ("High-Stakes", "Russia's", "U.S."), since lexicon entries such as "high-stakes" are single words.
/// </summary>
internal static class FramingTokenizer
{
    public static IReadOnlyList<FramingWord> Tokenize(string text, TextRange range)
    {
        var words = new List<FramingWord>();
        var i = range.Start;
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i++;
            while (i < range.End && (char.IsLetterOrDigit(text[i])
                || (text[i] is '-' or '\'' or '’' or '.' && i + 1 < range.End && char.IsLetterOrDigit(text[i + 1]))))
                i++;
            var word = text[start..i];
            words.Add(new FramingWord(new TextRange(start, i), word.ToLowerInvariant().Replace('’', '\''), char.IsUpper(word[0])));
        }
        return words;
    }

    /// <summary>Whether only spaces separate two neighbouring words (no comma, colon, quotation mark or dash).</summary>
    public static bool Adjacent(string text, FramingWord left, FramingWord right)
    {
        for (var i = left.Range.End; i < right.Range.Start; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    /// <summary>
    /// Whether the words are written in sentence case, where a capital inside the text marks a name. Title case and
    /// all capitals say nothing about names, so they count as not sentence case.
    /// </summary>
    public static bool IsSentenceCase(IReadOnlyList<FramingWord> words)
    {
        var content = words.Skip(1).Where(w => char.IsLetter(w.Lower[0]) && w.Lower.Length > 3).ToList();
        if (content.Count == 0) return false;
        return content.Count(w => w.Capitalised) * 2 < content.Count;
    }
}
