using Triangulate.Ingest;

namespace Triangulate.Compare;

/// <summary>
/// Ids of derived items: the first 8 hex digits of the SHA-256 of their content, the scheme of article
/// ids, so the same input always gives the same id; repeats get "-2", "-3", … in the order given.
/// </summary>
internal sealed class StableIds
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    public static string Hash(string content) => ArticleIds.ForBody(content);

    /// <summary>The hash of the content, made unique among the ids this instance gave out.</summary>
    public string Next(string content)
    {
        var id = Hash(content);
        var n = seen.TryGetValue(id, out var count) ? count + 1 : 1;
        seen[id] = n;
        return n == 1 ? id : $"{id}-{n}";
    }
}
