namespace Triangulate.Ingest;

/// <summary>
/// The bytes of one input as a source delivered them, before any decoding.
/// <see cref="ContentType"/> and <see cref="Url"/> come from HTTP when the input was fetched, or from
/// the container (feed item, WARC record, JSON line) it was taken from; <see cref="Given"/> is the
/// metadata that container stated beside the content.
/// </summary>
public sealed record RawInput(string Source, byte[] Bytes, string? ContentType = null, string? Url = null)
{
    public GivenMetadata? Given { get; init; }

    /// <summary>Where <see cref="Url"/> came from, as a <see cref="Model.MetadataSource"/> label ("fetched address", "warc record" …).</summary>
    public string? UrlSource { get; init; }

    /// <summary>The label for <see cref="Url"/>: <see cref="UrlSource"/>, else "input address".</summary>
    internal string UrlLabel => UrlSource ?? Model.MetadataSource.InputAddress;
}
