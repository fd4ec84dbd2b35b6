using System.Text;
using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// The lines of a short element that breaks them with &lt;br&gt; ("Datum: 03.11.2021&lt;br&gt;Autor: …"): its text
/// content runs them together, so a date line inside it would not read as one.
/// </summary>
internal static class BrokenLines
{
    /// <summary>The element's non-empty lines, whitespace collapsed, when it holds a &lt;br&gt;; else empty.</summary>
    public static IReadOnlyList<string> Of(IElement e)
    {
        if (!HtmlTree.Descendants(e).Any(d => d.LocalName == "br")) return [];
        var text = new StringBuilder();
        Append(e, text);
        return text.ToString().Split('\n').Select(HtmlTree.Collapse).Where(line => line.Length > 0).ToList();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement { LocalName: "br" }) text.Append('\n');
            else if (child is IElement element) Append(element, text);
            else if (child.NodeType == NodeType.Text) text.Append(child.TextContent.Replace('\n', ' '));
        }
    }
}
