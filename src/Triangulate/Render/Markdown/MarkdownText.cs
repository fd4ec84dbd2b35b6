using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>
/// Makes article text safe to put inline in CommonMark: it renders as the same words, never as
/// emphasis, links, HTML or a block marker.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var s = OneLine(text);
        var output = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var escape = c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' => true,
                '&' => i + 1 < s.Length && (char.IsAsciiLetterOrDigit(s[i + 1]) || s[i + 1] == '#'),
                '!' => i + 1 < s.Length && s[i + 1] == '[',
                '#' or '+' or '-' or '=' => i == 0,
                _ => false,
            };
            if (escape) output.Append('\\');
            output.Append(c);
        }
        EscapeOrderedListStart(output);
        return output.ToString();
    }

    /// <summary>"2022. The year" at the start of a line would open an ordered list.</summary>
    private static void EscapeOrderedListStart(StringBuilder output)
    {
        var i = 0;
        while (i < output.Length && char.IsAsciiDigit(output[i])) i++;
        if (i > 0 && i < output.Length && (output[i] == '.' || output[i] == ')')) output.Insert(i, '\\');
    }

    /// <summary>Inline text cannot span lines: line breaks and runs of spaces become one space.</summary>
    public static string OneLine(string text) => ShortText.OneLine(text);

    /// <summary>Shortens long text for compact lists, at a word boundary.</summary>
    public static string Shorten(string text, int max) => ShortText.Of(text, max);
}
