using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// A name printed after an element that holds only an author label: "&lt;strong&gt;Autor:&lt;/strong&gt; &lt;a&gt;Max Muster&lt;/a&gt;",
/// "&lt;span&gt;Author: &lt;/span&gt;&lt;span&gt;Jane Doe&lt;/span&gt;", "&lt;b&gt;Von:&lt;/b&gt;&lt;br&gt; Max Muster". The name runs to the next line break or block.
/// </summary>
internal static partial class AuthorLabel
{
    [GeneratedRegex(@"^(?:(?:autor|autorin|author|verfasser|verfasserin|von|by|written by|geschrieben von|verfasst von|posted by|par|por)\s*:?|(?:text|redaktion)\s*:)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:Verlag|ISBN|Seiten|Seitenzahl|Übersetzung|Publisher|Pages|Translator)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BookField();

    private const int MaxLabelLength = 20;
    private const int BookRecordScan = 300;
    private const int MaxValueLength = 100;

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "tr", "td", "hr", "header", "footer",
    };

    /// <summary>The text after <paramref name="e"/> when <paramref name="e"/> is only an author label, else null.</summary>
    public static string? ValueAfter(IElement e)
    {
        // A link labelled "Autoren" in a menu leads to the list of authors; it labels no name after it.
        if (e.LocalName is "a" or "button" || e.ChildElementCount > 0 || !ShortLeaf(e)) return null;
        if (e.TextContent is not { Length: > 0 and <= MaxLabelLength } label || !Label().IsMatch(label.Trim())) return null;
        if (InBookRecord(e)) return null;
        var value = new StringBuilder();
        for (var node = e.NextSibling; node is not null && value.Length <= MaxValueLength; node = node.NextSibling)
        {
            var blank = value.ToString().Trim().Length == 0;
            // Line breaks between the label and the name are layout; one after the name ends it.
            if (node is IElement element && Blocks.Contains(element.LocalName)) { if (blank && element.LocalName == "br") continue; break; }
            value.Append(node.TextContent);
        }
        return value.Length is > 0 and <= MaxValueLength && HtmlTree.Collapse(value.ToString()) is { Length: > 0 } text ? text : null;
    }

    /// <summary>Whether a childless element's text fits a label, measured without building it (every leaf of the page is asked).</summary>
    private static bool ShortLeaf(IElement e)
    {
        var length = 0;
        foreach (var node in e.ChildNodes)
            if (node is IText text && (length += text.Data.Length) > MaxLabelLength) return false;
        return length > 0;
    }

    /// <summary>
    /// "Titel: … Autorin: … Verlag: … Seiten: …": a review's record of the book names the book's author, not the article's.
    /// The label's line and the lines beside it are looked at.
    /// </summary>
    private static bool InBookRecord(IElement label)
    {
        var line = label.ParentElement;
        if (line is null) return false;
        return ((IElement?[])[line, line.PreviousElementSibling, line.NextElementSibling])
            .Any(l => l?.TextContent is { } t && BookField().IsMatch(t.Length > BookRecordScan ? t[..BookRecordScan] : t));
    }
}
