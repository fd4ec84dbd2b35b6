using Triangulate.Resources;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// The shipped table of known news organisations (Resources/news-outlets.tsv): names an outlet
/// from its web domain, canonicalises a name ("Associated Press" → "AP"), and says whether a name
/// is a wire or picture agency. Loaded once on first use. Unknown hosts and names give null:
/// an outlet is never guessed from a domain that is not in the table.
/// </summary>
internal static class OutletDirectory
{
    private sealed record Entry(string Name, OutletKind Kind);

    private sealed record Tables(Dictionary<string, Entry> ByName, Dictionary<string, Entry> ByDomain);

    private static readonly Lazy<Tables> Data = new(Load);

    /// <summary>The outlet a URL belongs to ("https://www.themoscowtimes.com/…" → "The Moscow Times"), or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.Host.ToLowerInvariant();
        var domains = Data.Value.ByDomain;
        // Try the host, then each parent domain: edition.cnn.com → cnn.com.
        for (var h = host; h.Contains('.'); h = h[(h.IndexOf('.') + 1)..])
            if (domains.TryGetValue(h, out var entry)) return entry.Name;
        return null;
    }

    /// <summary>The canonical name of a known organisation, or null.</summary>
    public static string? Canonical(string name) => Find(name)?.Name;

    public static OutletKind? KindOf(string name) => Find(name)?.Kind;

    public static bool IsAgency(string name) => Find(name)?.Kind is OutletKind.Agency or OutletKind.Photo;

    private static Entry? Find(string name)
    {
        var key = name.Trim().TrimEnd('.');
        return Data.Value.ByName.TryGetValue(key, out var entry) ? entry : null;
    }

    private static Tables Load()
    {
        var byName = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        var byDomain = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in EmbeddedResources.ReadTable("news-outlets.tsv"))
        {
            var kind = Enum.Parse<OutletKind>(row[1], ignoreCase: true);
            var entry = new Entry(row[0], kind);
            byName.TryAdd(row[0], entry);
            foreach (var alias in Split(row, 2)) byName.TryAdd(alias, entry);
            foreach (var domain in Split(row, 3)) byDomain.TryAdd(domain, entry);
        }
        return new Tables(byName, byDomain);
    }

    private static IEnumerable<string> Split(string[] row, int column) =>
        row.Length > column ? row[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
