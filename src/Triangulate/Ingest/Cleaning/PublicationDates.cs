using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// Published and updated times from the date lines of a text. Published is the first
/// "Published/Posted" stamp, else the first bare date line (the dateline under a byline). A page
/// that shows only an update stamp gives no other date: that stamp is the best the text says
/// about when it was published, so it stands for both. Updated is the first "Updated" stamp.
/// </summary>
internal static class PublicationDates
{
    /// <summary>Each time with the <see cref="MetadataSource"/> label of the line it was read from.</summary>
    public static (PublicationTime? Published, string? PublishedSource, PublicationTime? Updated, string? UpdatedSource) From(
        IReadOnlyList<(DateCue Cue, string Source)> cues)
    {
        var published = First(cues, DateCueKind.Published) ?? First(cues, DateCueKind.Bare);
        var updated = First(cues, DateCueKind.Updated);
        var publishedOrUpdated = published ?? updated;
        return (publishedOrUpdated?.Cue.Time, publishedOrUpdated?.Source, updated?.Cue.Time, updated?.Source);
    }

    private static (DateCue Cue, string Source)? First(IReadOnlyList<(DateCue Cue, string Source)> cues, DateCueKind kind)
    {
        foreach (var cue in cues)
            if (cue.Cue.Kind == kind) return cue;
        return null;
    }
}
