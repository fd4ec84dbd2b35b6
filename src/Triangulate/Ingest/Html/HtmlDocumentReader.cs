using System.Globalization;
using AngleSharp.Html.Parser;
using Triangulate.Diagnostics;
using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// HTML → <see cref="DocumentDraft"/>: decodes the bytes (<see cref="HtmlDecoding"/>), strips scripts
/// and over-deep nesting (<see cref="HtmlPreparser"/>), parses with AngleSharp, reads metadata from
/// markup (<see cref="HtmlMetadataReader"/>), drops page furniture (<see cref="ContentPruner"/>), finds
/// the main text (<see cref="MainContentFinder"/>) and emits it as blocks in document order
/// (<see cref="BlockCollector"/>). Malformed markup is parsed as browsers do; whatever else goes wrong
/// becomes a <see cref="TriangulateException"/> naming the input.
/// </summary>
public static class HtmlDocumentReader
{
    /// <summary>Attributes that any later step reads; the rest (data-*, src, on*, …) are never materialised.</summary>
    private static readonly HashSet<string> UsedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "content", "property", "name", "http-equiv",
        "rel", "href", "datetime", "pubdate", "lang", "type", "charset", "data-author",
    };

    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        ShouldEmitAttribute = (ref _, name) => UsedAttributes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.Span),
    };

    /// <summary>
    /// Inputs from this size on are huge pages: between stages the garbage of the last one (the decoded
    /// text, then the whole tree) is collected before the next one allocates, which bounds the peak
    /// heap to what one stage holds. A collector left alone sees that garbage only after the heap grew.
    /// </summary>
    internal const int HugeInput = 8 * 1024 * 1024;

    /// <summary>
    /// Markup (scripts, styles and SVG already stripped) read into the tree at most: the tree costs
    /// 15–30 times its markup, so beyond this a page's memory would not stay a small multiple of its
    /// size. News pages stay far below it; what lies beyond is listed as removed, never dropped silently.
    /// </summary>
    internal const int MaxMarkup = 8_000_000;

    public static DocumentDraft Read(RawInput input)
    {
        try
        {
            var huge = input.Bytes.Length >= HugeInput;
            var html = HtmlPreparser.Prepare(HtmlDecoding.Decode(input.Bytes, input.ContentType));
            var cut = Cut(ref html);
            if (huge) GC.Collect();
            var draft = FromMarkup(html, input);
            if (cut is not null) draft = draft with { Removed = [.. draft.Removed, cut] };
            if (huge) GC.Collect();
            return draft;
        }
        catch (Exception e) when (e is not TriangulateException and not OutOfMemoryException)
        {
            throw new TriangulateException(ErrorCode.Unreadable, input.Source, $"could not read HTML: {e.Message}", e);
        }
    }

    /// <summary>Markup beyond <see cref="MaxMarkup"/> goes, cut before a tag; what went is described, not kept.</summary>
    private static RemovedText? Cut(ref string html)
    {
        if (html.Length <= MaxMarkup) return null;
        var at = html.LastIndexOf('<', MaxMarkup);
        if (at <= 0) at = MaxMarkup;
        var dropped = html.Length - at;
        html = html[..at];
        return new RemovedText(string.Create(CultureInfo.InvariantCulture,
            $"the last {dropped:N0} characters of markup (the page has {dropped + at:N0} after scripts and styles; {MaxMarkup:N0} are read)"), RemovedText.PageTooLarge);
    }

    /// <summary>Parses the prepared markup and reads the draft from its tree; the tree is garbage once this returns.</summary>
    private static DocumentDraft FromMarkup(string html, RawInput input)
    {
        using var document = new HtmlParser(Options).ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document, input);
        var removed = new List<RemovedText>();
        var body = document.Body ?? document.DocumentElement;
        ContentPruner.Prune(body, removed);
        var roots = MainContentFinder.Find(body);
        var (blocks, captions) = BlockCollector.Collect(roots, removed);
        blocks = WithoutTitle(blocks, metadata.Title, removed);
        return new DocumentDraft(input.Source, blocks, metadata with { Captions = captions }, removed);
    }

    /// <summary>The headline repeated at the top of the text is metadata, not body.</summary>
    private static List<DraftBlock> WithoutTitle(List<DraftBlock> blocks, string? title, List<RemovedText> removed)
    {
        if (title is null) return blocks;
        var index = blocks.FindIndex(b => b.Kind == BlockKind.Heading && HtmlMetadataReader.Clean(b.Text) == title);
        if (index < 0 || index > 3) return blocks;
        removed.Add(new RemovedText(title, "title"));
        blocks.RemoveAt(index);
        return blocks;
    }
}
