using AngleSharp.Dom;
using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Removes from the tree what is never article text (<see cref="BoilerplateRules"/>), recording
/// each dropped element that showed text as one <see cref="RemovedText"/> with its reason. An
/// element holding a large share of the page's prose is kept whatever its class says, since a
/// wrapper called "has-sidebar" or "article-ads" usually holds the article itself. The same holds
/// for a run of flagged siblings of one kind (sections marked "--ads", slides of a "gallery",
/// paragraphs with a generated "tagStyle_…" class): together they are the article, split up.
/// </summary>
internal static class ContentPruner
{
    /// <summary>Share of the page's prose weight from which an element (or a run of siblings) is kept whatever its class says.</summary>
    private const double ArticleShare = 0.35;

    public static void Prune(IElement root, List<RemovedText> removed)
    {
        var stats = TextStats.Compute(root);
        var total = Math.Max(1, stats[root].Weight);
        var doomed = new List<(IElement Element, string Reason)>();
        var verdicts = new List<(IElement Element, string? Reason, bool ByClassWords)>();
        var runWeight = new Dictionary<string, int>(StringComparer.Ordinal);
        // An entry with a reason is doomed when it pops; entries pop in document order, so removals are listed in it.
        // Blocks are the class blocks of ancestors kept as the article despite their class words.
        var stack = new Stack<(IElement Element, string? Reason, KeptBlocks? Blocks)>();
        stack.Push((root, null, null));
        while (stack.Count > 0)
        {
            var (e, doom, blocks) = stack.Pop();
            if (doom is not null) { doomed.Add((e, doom)); continue; }
            // e is kept: its children are judged together, so a run of flagged siblings is weighed as one.
            var inText = stats[e].OwnText > 0;
            verdicts.Clear();
            runWeight.Clear();
            foreach (var node in e.ChildNodes)
            {
                if (node is not IElement c) continue;
                var (reason, byWords) = BoilerplateRules.Judge(c, inText);
                if (byWords && reason is not null && blocks is not null && blocks.Covers(c.GetAttribute("class"), reason)) reason = null;
                verdicts.Add((c, reason, byWords));
                if (reason is not null and not BoilerplateRules.Markup and not "comments" && stats[c].Weight > 0 && RunKey(c) is { } key)
                    runWeight[key] = runWeight.GetValueOrDefault(key) + stats[c].Weight;
            }
            for (var i = verdicts.Count - 1; i >= 0; i--)
            {
                var (c, reason, byWords) = verdicts[i];
                if (reason is null) { stack.Push((c, null, blocks)); continue; }
                var kept = reason is not BoilerplateRules.Markup and not "comments"
                    && (stats[c].Weight >= ArticleShare * total || (runWeight.Count > 0 && RunKey(c) is { } key && runWeight.GetValueOrDefault(key) >= ArticleShare * total));
                if (!kept) stack.Push((c, reason, null));
                else stack.Push((c, null, byWords ? KeptBlocks.Add(blocks, c.GetAttribute("class"), reason) : blocks));
            }
        }
        foreach (var (e, reason) in doomed)
        {
            if (reason != BoilerplateRules.Markup && HtmlTree.Text(e) is { Length: > 0 } text)
                removed.Add(new RemovedText(text, reason));
            e.Remove();
        }
    }

    /// <summary>
    /// Siblings of one run share their tag and the first word of their class attribute ("story__section",
    /// "story__section story__section--ads"); elements without a class are judged alone.
    /// </summary>
    private static string? RunKey(IElement e)
    {
        var classes = e.GetAttribute("class").AsSpan().Trim();
        if (classes.IsEmpty) return null;
        var end = classes.IndexOfAny(' ', '\t', '\n');
        return string.Concat(e.LocalName, " ", end < 0 ? classes : classes[..end]);
    }
}
