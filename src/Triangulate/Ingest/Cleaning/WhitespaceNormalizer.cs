using System.Text;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// Collapses every run of whitespace inside a paragraph (tabs, line breaks, non-breaking and other
/// Unicode spaces) to one space, trims, and drops invisible characters (zero-width spaces, BOMs,
/// soft hyphens) that would split words.
/// </summary>
internal static class WhitespaceNormalizer
{
    public static string Normalize(string text)
    {
        if (IsNormal(text)) return text;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The common case: trimmed text with single ASCII spaces and nothing invisible.</summary>
    private static bool IsNormal(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ') return false;
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
                continue;
            }
            previousSpace = false;
            if (c < ' ' || (c >= '\u007F' && (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'))) return false;
        }
        return true;
    }
}
