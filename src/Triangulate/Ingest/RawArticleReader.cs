using Triangulate.Diagnostics;
using Triangulate.Ingest.Text;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// Reads one input as it is: the decoded text becomes the body unchanged — no HTML extraction, no
/// cleaning, no line-end or whitespace normalising — so offsets into the body are offsets into the
/// file's text (as annotated corpora count them). Decoding is that of plain text (see
/// <see cref="TextDecoder"/>); a byte-order mark is not part of the text, so offset 0 is the first
/// character after it. No metadata is read (the URL is kept when the input was fetched). Throws
/// <see cref="TriangulateException"/> for empty, whitespace-only, binary and undecodable input.
/// </summary>
public static class RawArticleReader
{
    public static Article Read(RawInput input)
    {
        var text = PlainTextDocumentReader.Decode(input);
        if (PlainTextDocumentReader.IsBlank(text))
            throw new TriangulateException(ErrorCode.Empty, input.Source, "no text (whitespace only)");
        var article = new Article { Id = ArticleIds.ForBody(text), Source = input.Source, Url = input.Url, Body = text };
        return MetadataProvenance.Relabel(article, [new(MetadataField.Url, input.UrlLabel)]);
    }
}
