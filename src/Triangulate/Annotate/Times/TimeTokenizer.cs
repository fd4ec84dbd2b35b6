namespace Triangulate.Annotate.Times;

/// <summary>
/// Splits a body into <see cref="TimeToken"/>s in one pass: runs of letters, runs of digits, and
/// every other non-space character alone ("8:55" is 8, ":", 55; "third-quarter" is third, "-", quarter).
/// </summary>
internal static class TimeTokenizer
{
    public static List<TimeToken> Tokenize(string text)
    {
        var tokens = new List<TimeToken>(text.Length / 5 + 4);
        var i = 0;
        var lastEnd = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            TimeTokenKind kind;
            string lower;
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                kind = TimeTokenKind.Word;
                lower = text[start..i].ToLowerInvariant();
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                kind = TimeTokenKind.Number;
                lower = text[start..i];
            }
            else
            {
                i++;
                kind = TimeTokenKind.Punct;
                lower = c is '’' or '‘' or '`' ? "'" : c is '–' or '—' or '‐' or '‑' ? "-" : c.ToString();
            }
            tokens.Add(new TimeToken(start, i, lower, kind, char.IsUpper(c), start == lastEnd));
            lastEnd = i;
        }
        return tokens;
    }
}
