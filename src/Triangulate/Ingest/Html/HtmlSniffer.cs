using System.Text;

namespace Triangulate.Ingest.Html;

/// <summary>Decides whether an input is HTML: by HTTP content type, file extension, then by its first bytes.</summary>
public static class HtmlSniffer
{
    public static bool LooksLikeHtml(RawInput input)
    {
        if (input.ContentType is { } type)
            return type.Contains("html", StringComparison.OrdinalIgnoreCase);
        var source = input.Source;
        if (source.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            return true;
        var head = Encoding.UTF8.GetString(input.Bytes, 0, Math.Min(input.Bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
