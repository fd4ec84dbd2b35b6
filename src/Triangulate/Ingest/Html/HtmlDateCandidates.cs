using Triangulate.Model;
using static Triangulate.Ingest.Html.LabelledCandidates;

namespace Triangulate.Ingest.Html;

/// <summary>
/// The places a page states its publication and update times, in order of trust, each with its
/// <see cref="MetadataSource"/> label: meta tags, JSON-LD, microdata, &lt;time&gt;, the feed item, the
/// URL, then dates printed in the page.
/// </summary>
internal static class HtmlDateCandidates
{
    public static IEnumerable<(string? Label, PublicationTime? Value)> Published(PageFacts facts, JsonLdArticle jsonLd, RawInput input, string? url)
    {
        var meta = facts.Meta;
        yield return Map(Meta(meta, "article:published_time", "og:published_time"), HtmlDates.Parse);
        yield return (JsonLd(jsonLd.DatePublishedProperty), HtmlDates.Parse(jsonLd.DatePublished));
        yield return Map(Meta(meta, "datepublished", "pubdate", "publishdate", "publication_date", "dc.date.issued", "dcterms.created", "sailthru.date"), HtmlDates.Parse);
        yield return (MetadataSource.Microdata("datePublished"), HtmlDates.Parse(facts.ItemDatePublished));
        yield return (MetadataSource.TimeElement, HtmlDates.Parse(facts.TimeDatetime));
        // A bare "date" is what CMSs (TYPO3 among them) fill with the page's last change: a weaker claim than the marked-up ones.
        yield return Map(Meta(meta, "date"), HtmlDates.Parse);
        // A feed item's own date is more exact than a date read from the address it links to.
        yield return (MetadataSource.FeedItem, input.Given is { Origin: GivenOrigin.Feed } given ? given.Published : null);
        yield return (MetadataSource.UrlPath, HtmlDates.FromUrl(input.Url ?? url));
        yield return (MetadataSource.JsonLdPageDatePublished, HtmlDates.Parse(jsonLd.AnyDatePublished));
        yield return Map(Meta(meta, "schema:datepublished", "schema:datecreated", "dc:date", "dc.date", "dcterms:created"), HtmlDates.Parse);
        yield return (MetadataSource.PublishedLine, facts.LabelledDates.FirstOrDefault());
        yield return (MetadataSource.DateLabelledElement, PrintedDate(facts.DateTexts));
        // A byline often carries the date: "Author: Kim am 29.12.2010, 13:36 Uhr".
        yield return (MetadataSource.Byline, PrintedDate(facts.Bylines.Concat(facts.AuthorTexts)));
        yield return (MetadataSource.PrintedDateNearHeadline, PrintedDate(facts.TextsNearHeading));
        yield return (MetadataSource.PrintedDateAboveHeadline, PrintedDate(facts.TextsBeforeHeading));
        yield return (MetadataSource.DatelineNearHeadline, PrintedDate(facts.OpeningsNearHeading));
    }

    public static IEnumerable<(string? Label, PublicationTime? Value)> Updated(PageFacts facts, JsonLdArticle jsonLd)
    {
        var meta = facts.Meta;
        yield return Map(Meta(meta, "article:modified_time", "og:updated_time"), HtmlDates.Parse);
        yield return (MetadataSource.JsonLd("dateModified"), HtmlDates.Parse(jsonLd.DateModified));
        yield return Map(Meta(meta, "datemodified", "dcterms.modified"), HtmlDates.Parse);
        yield return (MetadataSource.Microdata("dateModified"), HtmlDates.Parse(facts.ItemDateModified));
    }

    private static string? JsonLd(string? property) => property is null ? null : MetadataSource.JsonLd(property);

    /// <summary>The first date an element labelled as one prints: "am 25.08.2015 22:30", "5. November 2021".</summary>
    private static PublicationTime? PrintedDate(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var line = HtmlMetadataReader.Clean(text);
            if (line is null) continue;
            if (Metadata.DateCueParser.TryParse(line, out var cue) || Metadata.DateCueParser.TryFind(line, out cue)) return cue.Time;
        }
        return null;
    }
}
