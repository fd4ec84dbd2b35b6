using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// The page's publication date: the most trusted stated date (see <see cref="HtmlDateCandidates"/>), moved to the local
/// day when it is a UTC stamp (<see cref="UtcLocalDate"/>) — unless the page prints one other day as a date line next
/// to its headline. What a reader sees under the headline is the page's own current claim; a machine-readable date that
/// disagrees with it by days is usually stale (the first version of a republished piece, a template's change date).
/// Printed lines that disagree among themselves ("published 29 …, updated 30 …") overrule nothing.
/// </summary>
internal static class PublishedDate
{
    public static (PublicationTime? Value, string? Label) Pick(PageFacts facts, JsonLdArticle jsonLd, RawInput input, string? url)
    {
        var picked = UtcLocalDate.Pick(HtmlDateCandidates.Published(facts, jsonLd, input, url));
        if (picked.Value is null || PrintedBesideHeadline(facts) is not { } printed || printed.Date == picked.Value.Date) return picked;
        return (printed, MetadataSource.PrintedDateNearHeadline);
    }

    /// <summary>The day of the date lines just after the headline when there are some and they all name it; else null.</summary>
    private static PublicationTime? PrintedBesideHeadline(PageFacts facts)
    {
        PublicationTime? found = null;
        foreach (var text in facts.TextsNearHeading)
        {
            if (HtmlMetadataReader.Clean(text) is not { } line || !Metadata.DateCueParser.TryParse(line, out var cue)) continue;
            if (found is null) found = cue.Time;
            else if (found.Date != cue.Time.Date) return null;
        }
        return found;
    }
}
