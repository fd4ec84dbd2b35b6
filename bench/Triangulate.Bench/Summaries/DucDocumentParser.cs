using System.Net;
using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Bench.Summaries;

/// <summary>
/// Reads one DUC/AQUAINT newswire document (SGML-like) into an <see cref="Article"/>: the body is the
/// TEXT paragraphs (the &lt;P&gt; elements, or indented lines where there are none) joined by "\n\n".
/// </summary>
public static partial class DucDocumentParser
{
    public static Article Parse(string path)
    {
        var sgml = File.ReadAllText(path);
        var docNo = Tag(sgml, "DOCNO") ?? Path.GetFileName(path);
        var text = Tag(sgml, "TEXT") ?? "";
        var paragraphs = text.Contains("<P>", StringComparison.OrdinalIgnoreCase)
            ? ParagraphElement().Matches(text).Select(m => m.Groups[1].Value)
            : IndentedParagraphs(text);
        var body = string.Join("\n\n", paragraphs.Select(Clean).Where(p => p.Length > 0));
        return new Article
        {
            Id = docNo,
            Source = path,
            Title = Tag(sgml, "HEADLINE") is { } headline ? Clean(headline) : null,
            Published = Published(Tag(sgml, "DATE_TIME")),
            Body = body,
            Language = "en",
        };
    }

    private static IEnumerable<string> IndentedParagraphs(string text)
    {
        var current = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if ((line.StartsWith(' ') || line.StartsWith('\t')) && current.Count > 0)
            {
                yield return string.Join(" ", current);
                current.Clear();
            }
            current.Add(line);
        }
        if (current.Count > 0) yield return string.Join(" ", current);
    }

    private static string Clean(string text)
    {
        text = Tags().Replace(text, " ");
        text = ControlEntity().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Spaces().Replace(text, " ").Trim();
    }

    private static PublicationTime? Published(string? dateTime) =>
        dateTime is not null && DateOnly.TryParse(dateTime.AsSpan(0, Math.Min(10, dateTime.Length)), out var date)
            ? new PublicationTime(date)
            : null;

    private static string? Tag(string sgml, string tag)
    {
        var match = Regex.Match(sgml, $"<{tag}>(.*?)</{tag}>", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex("<P>(.*?)</P>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphElement();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    // Typesetting codes such as "&HT;" and "&Cx1f;" (entities that are not HTML's).
    [GeneratedRegex("&(?!(amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]*;")]
    private static partial Regex ControlEntity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
