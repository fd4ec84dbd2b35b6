using AngleSharp.Html.Parser;
using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>HTML → <see cref="DocumentDraft"/>. Minimal first version: the text of block elements.</summary>
public static class HtmlDocumentReader
{
    public static DocumentDraft Read(RawInput input)
    {
        var parser = new HtmlParser();
        using var stream = new MemoryStream(input.Bytes);
        var document = parser.ParseDocument(stream);
        var blocks = document.QuerySelectorAll("p, h1, h2, h3, li")
            .Select(e => new DraftBlock(e.TextContent))
            .Where(b => !string.IsNullOrWhiteSpace(b.Text))
            .ToList();
        var metadata = new DraftMetadata { Title = document.Title };
        return new DocumentDraft(input.Source, blocks, metadata, Array.Empty<RemovedText>());
    }
}
