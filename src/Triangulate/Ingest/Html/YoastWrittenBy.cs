namespace Triangulate.Ingest.Html;

/// <summary>
/// The author Yoast SEO (on a large share of WordPress sites) states in its Twitter card as a label and value
/// pair: twitter:label1 "Written by" (translated: "Verfasst von", "Écrit par" …) and twitter:data1 the name.
/// </summary>
internal static class YoastWrittenBy
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Written by", "Verfasst von", "Geschrieben von", "Écrit par", "Escrito por", "Scritto da", "Geschreven door", "Autor", "Author",
    };

    private const int MaxPairs = 4;

    /// <summary>The meta key and value paired with a "Written by" label; (null, null) when there is none.</summary>
    public static (string? Key, string? Value) Read(IReadOnlyDictionary<string, string> meta)
    {
        for (var i = 1; i <= MaxPairs; i++)
            if (meta.GetValueOrDefault($"twitter:label{i}") is { } label && Labels.Contains(label.Trim()))
                return ($"twitter:data{i}", meta.GetValueOrDefault($"twitter:data{i}"));
        return (null, null);
    }
}
