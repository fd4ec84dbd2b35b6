using System.Text;
using AngleSharp.Dom;
using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Walks the main-text elements in document order and emits one block per paragraph, heading,
/// list item, block quote, preformatted section and data-table row. Figure captions go to the
/// caption list, not the body; blocks that are mostly links (related-story lists) are dropped
/// and recorded.
/// </summary>
internal sealed class BlockCollector
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend",
    };

    private readonly List<DraftBlock> blocks = [];
    private readonly List<Caption> captions = [];
    private readonly List<RemovedText> removed;
    private readonly StringBuilder text = new();
    private int linkChars;
    private int visibleChars;

    private BlockCollector(List<RemovedText> removed) => this.removed = removed;

    public static (List<DraftBlock> Blocks, List<Caption> Captions) Collect(IEnumerable<IElement> roots, List<RemovedText> removed)
    {
        var collector = new BlockCollector(removed);
        foreach (var root in roots)
        {
            collector.Walk(root, BlockKind.Paragraph, inLink: false, dataRow: false);
            collector.Flush(BlockKind.Paragraph);
        }
        return (collector.blocks, collector.captions);
    }

    private void Walk(INode node, BlockKind kind, bool inLink, bool dataRow)
    {
        if (node is IText t)
        {
            text.Append(t.Data);
            var visible = 0;
            foreach (var c in t.Data) if (!char.IsWhiteSpace(c)) visible++;
            visibleChars += visible;
            if (inLink) linkChars += visible;
            return;
        }
        if (node is not IElement e) return;
        var name = e.LocalName;
        if (name == "br") { if (!dataRow) Flush(kind); else text.Append(' '); return; }
        if (name is "figcaption" || (name != "figure" && IsCaptionClass(e)))
        {
            Flush(kind);
            AddCaption(e);
            return;
        }
        if (dataRow)
        {
            // Inside a data-table row every cell is inline: cells are separated, never split.
            if (name is "td" or "th" && text.Length > 0) text.Append(" | ");
            foreach (var child in e.ChildNodes) Walk(child, kind, inLink || name == "a", dataRow);
            return;
        }
        if (!BlockTags.Contains(name))
        {
            foreach (var child in e.ChildNodes) Walk(child, kind, inLink || name == "a", dataRow);
            return;
        }
        Flush(kind);
        var inner = name switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
            "li" or "dd" or "dt" => BlockKind.ListItem,
            "blockquote" => BlockKind.BlockQuote,
            "pre" => BlockKind.Preformatted,
            "tr" when IsDataRow(e) => BlockKind.TableRow,
            _ => kind,
        };
        foreach (var child in e.ChildNodes) Walk(child, inner, inLink, dataRow: inner == BlockKind.TableRow && kind != BlockKind.TableRow);
        Flush(inner);
    }

    private void Flush(BlockKind kind)
    {
        if (visibleChars > 0)
        {
            var block = text.ToString();
            // List items that are all link ("More on this", related headlines) are navigation, not text.
            if (kind is BlockKind.ListItem && linkChars > 0.6 * visibleChars && visibleChars < 400)
                removed.Add(new RemovedText(HtmlMetadataReader.Clean(block)!, "links"));
            else
                blocks.Add(new DraftBlock(block, kind));
        }
        text.Clear();
        linkChars = 0;
        visibleChars = 0;
    }

    private void AddCaption(IElement e)
    {
        var creditElement = e.QuerySelectorAll("*").FirstOrDefault(IsCreditClass);
        var credit = HtmlMetadataReader.Clean(creditElement?.TextContent);
        creditElement?.Remove();
        if (HtmlMetadataReader.Clean(e.TextContent) is not { } caption)
        {
            if (credit is not null) captions.Add(new Caption(credit, null));
            return;
        }
        if (!captions.Any(c => c.Text == caption)) captions.Add(new Caption(caption, credit));
    }

    private static readonly HashSet<string> CaptionWords = new(StringComparer.OrdinalIgnoreCase) { "caption", "figcaption" };
    private static readonly HashSet<string> CreditWords = new(StringComparer.OrdinalIgnoreCase) { "credit", "copyright", "photographer", "source" };

    private static bool IsCaptionClass(IElement e) => ClassTokens.ContainsAny(e.GetAttribute("class"), CaptionWords);

    private static bool IsCreditClass(IElement e) => ClassTokens.ContainsAny(e.GetAttribute("class"), CreditWords);

    private static readonly HashSet<string> LayoutTags = new(StringComparer.Ordinal)
    {
        "p", "div", "table", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    };

    /// <summary>
    /// A row of a table that holds data, not page layout: no cell holds paragraphs or nested tables.
    /// Data rows are small, so a row with more than 500 elements counts as layout without looking further.
    /// </summary>
    private static bool IsDataRow(IElement row)
    {
        var seen = 0;
        foreach (var e in HtmlTree.Descendants(row))
            if (++seen > 500 || (e != row && LayoutTags.Contains(e.LocalName))) return false;
        return true;
    }
}
