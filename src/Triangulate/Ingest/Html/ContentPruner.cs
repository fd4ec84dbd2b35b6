using AngleSharp.Dom;
using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Removes from the tree what is never article text (<see cref="BoilerplateRules"/>), recording
/// each dropped element that showed text as one <see cref="RemovedText"/> with its reason. An
/// element holding a large share of the page's prose is kept whatever its class says, since a
/// wrapper called "has-sidebar" or "article-ads" usually holds the article itself.
/// </summary>
internal static class ContentPruner
{
    public static void Prune(IElement root, List<RemovedText> removed)
    {
        var stats = TextStats.Compute(root);
        var total = Math.Max(1, stats[root].Weight);
        var doomed = new List<(IElement Element, string Reason)>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            var inText = e.ParentElement is { } parent && stats[parent].OwnText > 0;
            var reason = e == root ? null : BoilerplateRules.Reason(e, inText);
            if (reason is not null && (reason is BoilerplateRules.Markup or "comments" || stats[e].Weight < 0.35 * total))
            {
                doomed.Add((e, reason));
                continue;
            }
            HtmlTree.PushChildElements(stack, e);
        }
        foreach (var (e, reason) in doomed)
        {
            if (reason != BoilerplateRules.Markup && HtmlTree.Text(e) is { Length: > 0 } text)
                removed.Add(new RemovedText(text, reason));
            e.Remove();
        }
    }
}
