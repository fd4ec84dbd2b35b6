namespace Triangulate.Annotate.Entities;

/// <summary>
/// The shape of a word: capitals as X, small letters as x, digits as d, other characters kept
/// ("Xxxxx", "XX", "dddd-dd-dd", "X.X."). The long form cuts runs at four, the short form at one
/// ("Xx", "X.X.", "d-d-d"), so rare words still share a feature with their kind.
/// </summary>
internal static class WordShape
{
    public static string Long(string word) => Shape(word, maxRun: 4);

    public static string Short(string word) => Shape(word, maxRun: 1);

    private static string Shape(string word, int maxRun)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        var length = 0;
        var run = 0;
        var last = '\0';
        foreach (var c in word.AsSpan(0, Math.Min(word.Length, 64)))
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= maxRun) buffer[length++] = s;
        }
        return new string(buffer[..length]);
    }
}
