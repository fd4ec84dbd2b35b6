using System.Text;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Decides whether an input is HTML: by HTTP content type, then file extension, then by how its
/// first bytes begin (a doctype, &lt;html&gt;, &lt;head&gt; or &lt;body&gt;, possibly after an XML
/// declaration or comments). Plain text that merely mentions a tag stays plain text.
/// </summary>
public static class HtmlSniffer
{
    private static readonly string[] Openings = ["<!doctype html", "<html", "<head", "<body"];

    public static bool LooksLikeHtml(RawInput input)
    {
        if (input.ContentType is { } type)
            return type.Contains("html", StringComparison.OrdinalIgnoreCase);
        var source = input.Source;
        if (source.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || source.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase))
            return true;
        var head = Head(input.Bytes).AsSpan().TrimStart("\uFEFF \t\r\n");
        while (true)
        {
            // Skip an XML declaration and leading comments: real pages often start with them.
            if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.IndexOf("?>") is var x and >= 0) head = head[(x + 2)..].TrimStart(" \t\r\n");
            else if (head.StartsWith("<!--") && head.IndexOf("-->") is var c and >= 0) head = head[(c + 3)..].TrimStart(" \t\r\n");
            else break;
        }
        foreach (var opening in Openings)
            if (head.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The first 2 KB as text, in UTF-16 when a byte-order mark says so.</summary>
    internal static string Head(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 2048)];
        return head switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(head[2..][..((head.Length - 2) & ~1)]),
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(head[2..][..((head.Length - 2) & ~1)]),
            _ => Encoding.UTF8.GetString(head),
        };
    }
}
