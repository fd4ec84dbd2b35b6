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
    public static (PublicationTime? Published, PublicationTime? Updated) From(IReadOnlyList<DateCue> cues)
    {
        var published = cues.FirstOrDefault(c => c.Kind == DateCueKind.Published)?.Time
            ?? cues.FirstOrDefault(c => c.Kind == DateCueKind.Bare)?.Time;
        var updated = cues.FirstOrDefault(c => c.Kind == DateCueKind.Updated)?.Time;
        return (published ?? updated, updated);
    }
}
