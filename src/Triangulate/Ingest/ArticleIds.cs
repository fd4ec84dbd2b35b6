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
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(body));
        return Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }

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
