using System.Text;
using Triangulate.Model;

namespace Triangulate.Ingest.Text;

/// <summary>Plain text → <see cref="DocumentDraft"/>. Minimal first version: UTF-8, one block per line.</summary>
public static class PlainTextDocumentReader
{
    public static DocumentDraft Read(RawInput input)
    {
        var text = Encoding.UTF8.GetString(input.Bytes);
        var blocks = text.Split('\n')
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => new DraftBlock(line))
            .ToList();
        return new DocumentDraft(input.Source, blocks, DraftMetadata.None, Array.Empty<RemovedText>());
    }
}
