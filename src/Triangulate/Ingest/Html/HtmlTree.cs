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
            for (var c = e.LastElementChild; c is not null; c = c.PreviousElementSibling) stack.Push(c);
        }
    }
}
