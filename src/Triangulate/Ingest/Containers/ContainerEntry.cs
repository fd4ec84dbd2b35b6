using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Containers;

/// <summary>
/// One thing a container (feed, WARC file, JSON Lines file) yields: an <see cref="Input"/> to read as
/// an article, or a <see cref="Warning"/> about a part that could not be used. A feed item that holds
/// no content has both: its <see cref="Link"/> may be fetched (the input carries the item's name and
/// metadata), and the warning is what to report when it is not.
/// </summary>
public sealed record ContainerEntry(RawInput? Input, TriangulateException? Warning, string? Link = null)
{
    public static ContainerEntry Item(RawInput input) => new(input, null);

    public static ContainerEntry Problem(TriangulateException warning) => new(null, warning);

    public static ContainerEntry Unfetched(RawInput placeholder, string link, TriangulateException warning) => new(placeholder, warning, link);
}
