using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Compare.Quotes;

/// <summary>
/// A word-level diff of two wordings of a quote (longest common subsequence over word keys, so case,
/// punctuation, quote marks and British/American spelling never show as changes), rendered as
/// <c>will not allow anyone to [-slam closed-] [+close+] NATO's open-door policy</c>.
/// </summary>
internal static partial class WordDiff
{
    public static IReadOnlyList<WordEdit> Compute(string canonical, string variant)
    {
        var a = Words(canonical);
        var b = Words(variant);
        // lcs[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                lcs[i, j] = a[i].Key == b[j].Key ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var edits = new List<WordEdit>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x].Key == b[y].Key) { edits.Add(a[x] with { Kind = WordEditKind.Equal }); x++; y++; }
            else if (x < a.Count && (y == b.Count || lcs[x + 1, y] >= lcs[x, y + 1])) edits.Add(a[x++]);
            else edits.Add(b[y++] with { Kind = WordEditKind.Insert });
        }
        return edits;
    }

    /// <summary>Shared words in the canonical form; runs of deleted words in [-…-], inserted ones in [+…+].</summary>
    public static string Render(IReadOnlyList<WordEdit> edits)
    {
        var output = new StringBuilder();
        for (var i = 0; i < edits.Count;)
        {
            var kind = edits[i].Kind;
            var run = new List<string>();
            while (i < edits.Count && edits[i].Kind == kind && (kind != WordEditKind.Equal || run.Count == 0)) run.Add(edits[i++].Word);
            if (output.Length > 0 && !(kind == WordEditKind.Equal && IsJoined(output))) output.Append(' ');
            output.Append(kind switch
            {
                WordEditKind.Delete => "[-" + Join(run) + "-]",
                WordEditKind.Insert => "[+" + Join(run) + "+]",
                _ => run[0],
            });
        }
        return output.ToString();
    }

    // "open-" then "door" render as "open-door".
    private static bool IsJoined(StringBuilder output) => output[^1] is '-' or '–' or '—';

    private static string Join(List<string> words)
    {
        var sb = new StringBuilder();
        foreach (var word in words)
        {
            if (sb.Length > 0 && !IsJoined(sb)) sb.Append(' ');
            sb.Append(word);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The diff's words: whitespace-separated, split after hyphens and dashes (so "open-door" and
    /// "open door" compare equal), an ellipsis kept as its own word, punctuation-only pieces dropped.
    /// Each starts as a deletion; <see cref="Compute"/> relabels.
    /// </summary>
    private static List<WordEdit> Words(string text)
    {
        var words = new List<WordEdit>();
        foreach (var chunk in text.Replace("...", " … ").Replace("…", " … ").Split([' ', '\u00A0', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            foreach (var piece in AfterDash().Split(chunk))
            {
                if (piece == WordEdit.Ellipsis) { words.Add(new WordEdit(WordEditKind.Delete, piece, WordEdit.Ellipsis)); continue; }
                var key = string.Join(' ', WordTokenizer.Tokenize(piece).Select(t => SpellingNormalizer.Normalize(t.Norm)));
                if (key.Length > 0) words.Add(new WordEdit(WordEditKind.Delete, piece, key));
            }
        return words;
    }

    [GeneratedRegex("(?<=[-–—])")]
    private static partial Regex AfterDash();
}
