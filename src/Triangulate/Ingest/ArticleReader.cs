using Triangulate.Ingest.Cleaning;
using Triangulate.Ingest.Html;
using Triangulate.Ingest.Text;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// Turns the bytes of one input into an <see cref="Article"/>: picks the format reader
/// (HTML or plain text), then lets <see cref="ArticleCleaner"/> remove boilerplate and read
/// metadata from the text, then applies the metadata the input's container gave (<see cref="GivenMetadata"/>). Throws <see cref="Diagnostics.TriangulateException"/> for unusable input.
/// The returned article's id is provisional; <see cref="ArticleIds.AssignUnique"/> fixes it per run.
/// </summary>
public static class ArticleReader
{
    public static Article Read(RawInput input)
    {
        var draft = HtmlSniffer.LooksLikeHtml(input)
            ? HtmlDocumentReader.Read(input)
            : PlainTextDocumentReader.Read(input);
        var article = ArticleCleaner.Clean(draft);
        return input.Given is { } given ? given.ApplyTo(article) : article;
    }
}
