namespace Triangulate.Model;

/// <summary>
/// One article after ingest: its clean body and what the source itself says about it.
/// Every metadata field is null (or empty) when the source says nothing: values are read, never guessed.
/// The body is the article's paragraphs joined by "\n\n"; every offset in the product indexes it.
/// </summary>
public sealed record Article
{
    /// <summary>Short, stable id, unique within one run (see <see cref="ArticleIds"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The input as the user named it: a path, a URL, or "-" for stdin.</summary>
    public required string Source { get; init; }

    public string? Outlet { get; init; }
    public string? OriginalOutlet { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public PublicationTime? Published { get; init; }
    public PublicationTime? Updated { get; init; }
    public string? Url { get; init; }

    /// <summary>ISO 639-1 code, e.g. "en".</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Where each metadata value came from: <see cref="MetadataField"/> name → <see cref="MetadataSource"/> label,
    /// in ordinal order of field names. Only fields that have a value have an entry.
    /// </summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = MetadataProvenance.Empty;

    public bool MachineTranslated { get; init; }
    public IReadOnlyList<string> Credits { get; init; } = [];
    public IReadOnlyList<Caption> Captions { get; init; } = [];
    public required string Body { get; init; }
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];
}
