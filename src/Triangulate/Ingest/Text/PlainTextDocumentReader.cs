using Triangulate.Diagnostics;
using Triangulate.Model;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Plain text → <see cref="DocumentDraft"/>: decodes the bytes (see <see cref="TextDecoder"/>),
/// rejects binary and empty input, normalises line ends and splits paragraphs
/// (see <see cref="ParagraphSplitter"/>). Plain text carries no markup metadata.
/// </summary>
public static class PlainTextDocumentReader
{
    public static DocumentDraft Read(RawInput input)
    {
        if (input.Bytes.Length == 0) throw new TriangulateException(ErrorCode.Empty, input.Source, "empty input");
        var text = TextDecoder.Decode(input.Bytes, input.Source);
        if (BinarySniffer.LooksBinary(text))
            throw new TriangulateException(ErrorCode.Binary, input.Source, "binary file (control characters), not text");
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var blocks = ParagraphSplitter.Split(text)
            .Where(p => !IsBlank(p))
            .Select(p => new DraftBlock(p))
            .ToList();
        if (blocks.Count == 0) throw new TriangulateException(ErrorCode.Empty, input.Source, "no text (whitespace only)");
        var metadata = input.Url is null ? DraftMetadata.None : new DraftMetadata { Url = input.Url };
        return new DocumentDraft(input.Source, blocks, metadata, Array.Empty<RemovedText>());
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060')) return false;
        return true;
    }
}
