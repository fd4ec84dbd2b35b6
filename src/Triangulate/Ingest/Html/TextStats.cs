using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Per-element text figures over one subtree, computed in one pass without recursion: visible
/// characters (whitespace not counted), characters inside links, and "paragraph weight" — the
/// characters of prose paragraphs (p/pre, or elements with plenty of their own text) whose links
/// are a small share. Main-text detection and the boilerplate guard read these figures.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, Figures> figures = new(ReferenceEqualityComparer.Instance);

    /// <param name="OwnText">Visible characters in the element's own text nodes (not its children's).</param>
    public readonly record struct Figures(int Text, int LinkText, int Weight, int OwnWeight, int OwnText);

    public static TextStats Compute(IElement root)
    {
        var stats = new TextStats();
        // Post-order over an explicit stack: children are summed before their parent.
        var stack = new Stack<(IElement Element, bool Visited)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (e, visited) = stack.Pop();
            if (!visited)
            {
                stack.Push((e, true));
                var children = e.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                    if (children[i] is IElement c && !BoilerplateRules.IsMarkup(c)) stack.Push((c, false));
                continue;
            }
            stats.figures[e] = stats.Sum(e);
        }
        return stats;
    }

    public Figures this[IElement e] => figures.GetValueOrDefault(e);

    public static double LinkDensity(Figures f) => f.Text == 0 ? 0 : (double)f.LinkText / f.Text;

    private Figures Sum(IElement e)
    {
        int text = 0, link = 0, weight = 0, own = 0;
        foreach (var node in e.ChildNodes)
        {
            if (node is IText t) own += Visible(t.Data);
            else if (node is IElement c && figures.TryGetValue(c, out var f))
            {
                text += f.Text;
                link += f.LinkText;
                weight += f.Weight;
            }
        }
        text += own;
        if (e.LocalName == "a") link = text;
        int ownWeight = 0;
        var prose = e.LocalName is "p" or "pre" ? text - weight : own;
        if (prose >= 25 && (double)link / Math.Max(1, text) < 0.35 && (e.LocalName is "p" or "pre" || own >= 60))
            ownWeight = prose;
        return new Figures(text, link, weight + ownWeight, ownWeight, own);
    }

    private static int Visible(string s)
    {
        var n = 0;
        foreach (var c in s) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
