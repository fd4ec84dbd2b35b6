using System.Text;
using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>
/// Splits text into words: runs of letters and digits, kept whole across an inner period, comma or
/// apostrophe between word characters ("U.S", "1.43", "100,000", "Russia's"). Hyphens and dashes
/// separate words. Offsets index the text given.
/// </summary>
public static class WordTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, new TextRange(0, text.Length));

    public static IReadOnlyList<Token> Tokenize(string text, TextRange range)
    {
        var tokens = new List<Token>();
        var i = range.Start;
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i++;
            while (i < range.End)
            {
                if (char.IsLetterOrDigit(text[i]) || IsCombining(text[i])) { i++; continue; }
                if (i + 1 < range.End && IsJoiner(text, i)) { i += 2; continue; }
                break;
            }
            tokens.Add(new Token(new TextRange(start, i), Normalize(text.AsSpan(start, i - start))));
        }
        return tokens;
    }

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // A joiner keeps one word together only when a word character follows directly.
    private static bool IsJoiner(string text, int i)
    {
        var next = text[i + 1];
        return text[i] switch
        {
            '.' => char.IsLetterOrDigit(next),
            ',' => char.IsDigit(next) && char.IsDigit(text[i - 1]),
            '\'' or '\u2019' => char.IsLetter(next),
            _ => false,
        };
    }

    private static string Normalize(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word) sb.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
