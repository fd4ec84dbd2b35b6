using System.Text;
using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>Tree walks without recursion, so no page can exhaust the stack.</summary>
internal static class HtmlTree
{
    /// <summary><paramref name="root"/> and every element under it, in document order.</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            PushChildElements(stack, e);
        }
    }

    /// <summary>
    /// Pushes the element children last first, so they pop in document order. Indexes the child list:
    /// AngleSharp's sibling properties search the parent's list, which is quadratic on wide nodes.
    /// </summary>
    public static void PushChildElements(Stack<IElement> stack, IElement e)
    {
        var children = e.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
            if (children[i] is IElement c) stack.Push(c);
    }

    private static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal)
    {
        "a", "span", "em", "strong", "b", "i", "u", "small", "abbr", "cite", "mark", "sup", "sub", "q", "code", "time", "font",
        "s", "del", "ins", "label", "bdi", "bdo", "var", "kbd", "samp", "dfn",
    };

    /// <summary>Whether an element flows inside a line of text rather than starting a block of its own.</summary>
    public static bool IsInline(IElement e) => InlineTags.Contains(e.LocalName);

    /// <summary>
    /// The element's text as a reader sees it: whitespace collapsed, and blocks separated by a space
    /// (TextContent would glue a menu's "Home" and "News" into "HomeNews").
    /// </summary>
    public static string Text(IElement root)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }
            if (node is not IElement e) continue;
            if (!IsInline(e)) text.Append(' ');
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return Collapse(text.ToString());
    }

    /// <summary>Runs of whitespace (non-breaking spaces included) become one space; ends trimmed.</summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = result.Length > 0; continue; }
            if (space) result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
