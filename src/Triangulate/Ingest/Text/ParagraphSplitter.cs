namespace Triangulate.Ingest.Text;

/// <summary>
/// Splits decoded text into paragraphs. Text scraped from the web puts one paragraph per line,
/// so each line is a paragraph. Text hard-wrapped at a fixed width (e-mail, Usenet, plain-text
/// wire copy) instead separates paragraphs by blank lines and breaks lines near the width; there
/// the lines of one paragraph are joined again. A line well short of the width ends its
/// paragraph even inside a group, so a headline and byline above the text stay apart.
/// </summary>
internal static class ParagraphSplitter
{
    /// <summary>Hard-wrapped files rarely use lines longer than this.</summary>
    private const int MaxWrapWidth = 100;

    public static List<string> Split(string text)
    {
        var lines = text.Split('\n');
        var width = WrapWidth(lines);
        var paragraphs = new List<string>();
        if (width == 0)
        {
            foreach (var line in lines)
                if (!string.IsNullOrWhiteSpace(line)) paragraphs.Add(line);
            return paragraphs;
        }

        var current = new System.Text.StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush(current, paragraphs);
                continue;
            }
            if (current.Length > 0)
            {
                // A hyphen at the break joins a hyphenated word ("co-\noperation") without a space.
                var last = current[^1];
                if (!(last == '-' && current.Length > 1 && char.IsLetter(current[^2]))) current.Append(' ');
            }
            current.Append(line.TrimStart());
            if (line.Length < width * 6 / 10) Flush(current, paragraphs);
        }
        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>
    /// The wrap width when the text looks hard-wrapped, else 0. Hard-wrapped means: blank lines
    /// separate paragraphs, no line is much longer than <see cref="MaxWrapWidth"/>, and most
    /// non-blank lines are followed by another non-blank line (paragraphs span several lines).
    /// </summary>
    private static int WrapWidth(string[] lines)
    {
        int nonBlank = 0, continued = 0, blank = 0, longest = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var length = lines[i].TrimEnd().Length;
            if (length == 0) { blank++; continue; }
            nonBlank++;
            longest = Math.Max(longest, length);
            if (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0) continued++;
        }
        if (blank == 0 || nonBlank < 4 || longest > MaxWrapWidth) return 0;
        return continued * 2 >= nonBlank ? longest : 0;
    }

    private static void Flush(System.Text.StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0) return;
        paragraphs.Add(current.ToString());
        current.Clear();
    }
}
