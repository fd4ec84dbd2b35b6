using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// A decoded document split into blocks, as a format reader (plain text, HTML, …) hands it to
/// <see cref="Cleaning.ArticleCleaner"/>, which removes boilerplate and reads metadata from the text.
/// <see cref="Removed"/> lists what the reader already dropped (navigation, scripts, …) with reasons.
/// </summary>
public sealed record DocumentDraft(
    string Source,
    IReadOnlyList<DraftBlock> Blocks,
    DraftMetadata Metadata,
    IReadOnlyList<RemovedText> Removed);
