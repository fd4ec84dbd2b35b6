using Triangulate.Diagnostics;
using Triangulate.Ingest.Feeds;
using Triangulate.Ingest.JsonLines;
using Triangulate.Ingest.Warc;

namespace Triangulate.Ingest.Containers;

/// <summary>
/// Opens up an input that holds many articles (see <see cref="ContainerSniffer"/>): a feed, a WARC
/// file or JSON Lines become one entry per article (and one warning per unusable part); any other
/// input is its own single entry. Decompressed bytes count against <paramref name="maxBytes"/>.
/// </summary>
public static class ContainerReader
{
    public static IEnumerable<ContainerEntry> Expand(RawInput input, long maxBytes) => ContainerSniffer.Sniff(input) switch
    {
        ContainerKind.Feed => FeedItems.Read(input),
        ContainerKind.Warc => WarcEntries.Read(new MemoryStream(input.Bytes, writable: false), input.Source, maxBytes),
        ContainerKind.JsonLines => JsonLinesReader.Read(input),
        ContainerKind.OtherXml => [ContainerEntry.Problem(new TriangulateException(ErrorCode.Unsupported, input.Source, "XML that is not an RSS or Atom feed"))],
        _ => [ContainerEntry.Item(input)],
    };
}
