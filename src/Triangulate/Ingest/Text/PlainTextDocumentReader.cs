using System.Text.RegularExpressions;
using Triangulate.Diagnostics;
using Triangulate.Model;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Plain text → <see cref="DocumentDraft"/>: decodes the bytes (see <see cref="TextDecoder"/>),
/// rejects binary and empty input, normalises line ends and splits paragraphs
/// (see <see cref="ParagraphSplitter"/>); Markdown headings become heading blocks. Plain text
/// carries no markup metadata (an HTTP URL, when fetched, is kept).
/// </summary>
public static partial class PlainTextDocumentReader
{
    public static DocumentDraft Read(RawInput input)
    {
        var text = Decode(input).Replace("\r\n", "\n").Replace('\r', '\n');
        var blocks = ParagraphSplitter.Split(text)
            .Where(p => !IsBlank(p))
            .Select(ToBlock)
            .ToList();
        if (blocks.Count == 0) throw new TriangulateException(ErrorCode.Empty, input.Source, "no text (whitespace only)");
        var metadata = input.Url is null ? DraftMetadata.None : new DraftMetadata
        {
            Url = input.Url,
            Provenance = new Dictionary<string, string>(StringComparer.Ordinal) { [MetadataField.Url] = input.UrlLabel },
        };
        return new DocumentDraft(input.Source, blocks, metadata, Array.Empty<RemovedText>());
    }

    /// <summary>
    /// The input's text exactly as decoded (see <see cref="TextDecoder"/>; a byte-order mark is not part
    /// of it); throws for empty and binary input.
    /// </summary>
    internal static string Decode(RawInput input)
    {
        if (input.Bytes.Length == 0) throw new TriangulateException(ErrorCode.Empty, input.Source, "empty input");
        var text = TextDecoder.Decode(input.Bytes, input.Source);
        if (BinarySniffer.LooksBinary(text))
            throw new TriangulateException(ErrorCode.Binary, input.Source, "binary file (control characters), not text");
        return text;
    }

    /// <summary>A Markdown heading ("## Key points") is a heading block without its marks.</summary>
    private static DraftBlock ToBlock(string paragraph)
    {
        var m = MarkdownHeading().Match(paragraph);
        return m.Success ? new DraftBlock(m.Groups["text"].Value, BlockKind.Heading) : new DraftBlock(paragraph);
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?\S)(?:\s+#+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeading();

    internal static bool IsBlank(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060')) return false;
        return true;
    }
}
