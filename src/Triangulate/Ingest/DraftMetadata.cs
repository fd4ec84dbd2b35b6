using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// Metadata a format reader found in markup (meta tags, JSON-LD, &lt;time&gt;, HTTP) before the
/// text itself is read. Null means the markup said nothing. Text cues found later by the
/// cleaner fill only what is still null.
/// </summary>
public sealed record DraftMetadata
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? OriginalOutlet { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>The authors are only the site naming itself ("NB", "example-news.de"): a byline in the text that names a person wins.</summary>
    public bool AuthorsNameOutlet { get; init; }
    public PublicationTime? Published { get; init; }
    public PublicationTime? Updated { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<Caption> Captions { get; init; } = [];

    /// <summary>Where each value above came from: <see cref="MetadataField"/> name → <see cref="MetadataSource"/> label.</summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = MetadataProvenance.Empty;

    /// <summary>The label of a field's value, or null when the markup gave none.</summary>
    public string? SourceOf(string field) => Provenance.GetValueOrDefault(field);

    public static DraftMetadata None { get; } = new();
}
