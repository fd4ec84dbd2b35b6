using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using Triangulate.Diagnostics;
using Triangulate.Ingest.Containers;

namespace Triangulate.Ingest.Feeds;

/// <summary>
/// An RSS or Atom feed → one input per item: the item's embedded content (content:encoded, Atom
/// content, or a description long enough to be the full text) as HTML, its link as the URL, and its
/// title, publication date and authors as <see cref="GivenOrigin.Feed"/> metadata, which fills only
/// what the page itself leaves unsaid. An item without content yields its link for the caller to
/// fetch or skip. The XML is checked by <see cref="SafeXml"/> before CodeHollow.FeedReader parses it.
/// </summary>
internal static partial class FeedItems
{
    /// <summary>A description of this many words or more is taken as the article, not a teaser.</summary>
    private const int FullTextWords = 100;

    public static IEnumerable<ContainerEntry> Read(RawInput input)
    {
        var bytes = WithoutLeadingWhitespace(input.Bytes);
        Feed feed;
        try
        {
            SafeXml.Check(bytes);
            feed = FeedReader.ReadFromByteArray(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The parser may fail in many ways on broken feeds; each is one warning for this input.
            return [ContainerEntry.Problem(new TriangulateException(ErrorCode.Unreadable, input.Source, "not a valid feed: " + Messages.OneLine(e.Message), e))];
        }
        if (feed.Items.Count == 0)
            return [ContainerEntry.Problem(new TriangulateException(ErrorCode.Empty, input.Source, "feed has no items"))];
        return feed.Items.Select((item, i) => Entry(input, item, i + 1)).ToList();
    }

    private static ContainerEntry Entry(RawInput feed, FeedItem item, int number)
    {
        var source = $"{feed.Source}#{number}";
        var link = Link(item.Link, feed.Url);
        var given = new GivenMetadata(GivenOrigin.Feed)
        {
            Title = Clean(item.Title),
            Authors = item.SpecificItem?.Element is { } element ? FeedAuthors.From(element) : [],
            Published = FeedDates.Parse(item.SpecificItem is AtomFeedItem atom ? atom.PublishedDateString : item.PublishingDateString),
        };
        var (content, isText) = Content(item);
        if (content is not null)
        {
            var type = isText ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
            return ContainerEntry.Item(new RawInput(source, Encoding.UTF8.GetBytes(content), type, link) { Given = given, UrlSource = Model.MetadataSource.FeedItem });
        }
        var name = given.Title is { } title ? $"item {number} \"{(title.Length > 60 ? title[..60] + "…" : title)}\"" : $"item {number}";
        if (link is null)
            return ContainerEntry.Problem(new TriangulateException(ErrorCode.Empty, feed.Source, $"{name}: no content and no link"));
        return ContainerEntry.Unfetched(new RawInput(source, [], null, link) { Given = given, UrlSource = Model.MetadataSource.FeedItem }, link,
            new TriangulateException(ErrorCode.Empty, feed.Source, $"{name}: no content in the feed; skipped"));
    }

    /// <summary>The item's text and whether it is plain text (an Atom content of type "text") rather than HTML.</summary>
    private static (string? Content, bool IsText) Content(FeedItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.Content))
        {
            var type = item.SpecificItem is AtomFeedItem atom
                ? atom.Element?.Elements().FirstOrDefault(e => e.Name.LocalName == "content")?.Attribute("type")?.Value ?? "text"
                : "html";
            return (item.Content, type.Equals("text", StringComparison.OrdinalIgnoreCase));
        }
        var description = item.Description;
        return string.IsNullOrWhiteSpace(description) || Words(description) < FullTextWords ? (null, false) : (description, false);
    }

    private static int Words(string html) => Word().Count(Tag().Replace(html, " "));

    /// <summary>The item's link as an absolute http(s) URL (relative links resolve against the feed's own address).</summary>
    private static string? Link(string? link, string? feedUrl)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        link = link.Trim();
        Uri? url = null;
        if (!Uri.TryCreate(link, UriKind.Absolute, out url) && feedUrl is not null && Uri.TryCreate(feedUrl, UriKind.Absolute, out var baseUrl))
            Uri.TryCreate(baseUrl, link, out url);
        return url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url.ToString() : null;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();

    private static byte[] WithoutLeadingWhitespace(byte[] bytes)
    {
        var start = 0;
        while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        return start == 0 ? bytes : bytes[start..];
    }

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
