using System.Security.Cryptography;
using System.Text;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// Article ids: the first 8 hex digits of the SHA-256 of the clean body, so the same text always
/// gets the same id; a collision (the same body twice) is disambiguated with "-2", "-3", … in
/// the order the inputs were given.
/// </summary>
public static class ArticleIds
{
    public static string ForBody(string body)
    {
        // The UTF-8 bytes are hashed a slice at a time: a huge body is never encoded whole.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(Slice)];
        for (var at = 0; at < body.Length; at += Slice)
        {
            var chars = body.AsSpan(at, Math.Min(Slice, body.Length - at));
            var count = encoder.GetBytes(chars, buffer, flush: at + chars.Length == body.Length);
            sha.AppendData(buffer, 0, count);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 4));
    }

    private const int Slice = 16 * 1024;

    /// <summary>Gives every article a unique id, keeping the input order.</summary>
    public static IReadOnlyList<Article> AssignUnique(IEnumerable<Article> articles)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Article>();
        foreach (var article in articles)
        {
            var id = ForBody(article.Body);
            var n = seen.TryGetValue(id, out var count) ? count + 1 : 1;
            seen[id] = n;
            result.Add(article with { Id = n == 1 ? id : $"{id}-{n}" });
        }
        return result;
    }
}
