using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Words and punctuation of a range of the body. A word keeps inner apostrophes, hyphens and
/// periods ("Russia's", "open-door", "U.S."), and the final period of an abbreviation or initial
/// ("Mr.", "J."), so that names and titles read as one token each.
/// </summary>
internal static class ClauseTokenizer
{
    public static List<ClauseToken> Tokenize(string body, TextRange range)
    {
        var tokens = new List<ClauseToken>();
        var i = range.Start;
        while (i < range.End)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                var length = c is '`' or '\'' && i + 1 < range.End && body[i + 1] == c ? 2 : 1;
                tokens.Add(new ClauseToken(new TextRange(i, i + length), body.Substring(i, length), IsWord: false));
                i += length;
                continue;
            }
            var start = i++;
            while (i < range.End && (char.IsLetterOrDigit(body[i]) || (IsJoiner(body[i]) && i + 1 < range.End && char.IsLetterOrDigit(body[i + 1]))))
                i++;
            if (i < range.End && body[i] == '.' && IsAbbreviation(body, start, i)) i++;
            tokens.Add(new ClauseToken(new TextRange(start, i), body[start..i], IsWord: true));
        }
        return tokens;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '‑';

    private static bool IsAbbreviation(string body, int start, int end)
    {
        var word = body[start..end];
        return word.Length == 1 && char.IsUpper(word[0]) || word.Contains('.') || Abbreviations.Prefix.Contains(word);
    }
}
