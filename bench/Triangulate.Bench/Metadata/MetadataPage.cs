using System.IO.Compression;
using System.Text.Json;

namespace Triangulate.Bench.Metadata;

/// <summary>One page of ../shared/eval/web-metadata: its gold fields (null or empty = no gold) and snippets.</summary>
public sealed record MetadataPage(string Url, string File, byte[] Html, string? Title, string? Date, string? Author,
    IReadOnlyList<string> With, IReadOnlyList<string> Without)
{
    public static IReadOnlyList<MetadataPage> Load(string folder)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(folder, "evaldata.json")));
        var pages = new List<MetadataPage>();
        foreach (var entry in doc.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var v = entry.Value;
            var file = v.GetProperty("file").GetString()!;
            var path = Path.Combine(folder, "html", file + ".gz");
            if (!System.IO.File.Exists(path)) continue;
            using var gzip = new GZipStream(System.IO.File.OpenRead(path), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            pages.Add(new MetadataPage(entry.Name, file, bytes.ToArray(), Text(v, "title"), Text(v, "date"), Text(v, "author"),
                Strings(v, "with"), Strings(v, "without")));
        }
        return pages;
    }

    private static string? Text(JsonElement v, string name) =>
        v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: > 0 } s ? s : null;

    private static List<string> Strings(JsonElement v, string name) =>
        v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}
