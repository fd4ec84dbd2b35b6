using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// A paragraph that is only a date stamp ("Updated: January 10, 2022, 8:34 PM", a bare
/// "January 10, 2022" under the byline) is read into the dates and leaves the body.
/// A byline and date on one line ("By X | January 10, 2022") are read by <see cref="BylineRule"/>.
/// </summary>
internal sealed class DatelineRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index)
    {
        if (!DateCueParser.TryParse(context.Paragraphs[index].Text, out var cue)) return null;
        context.Facts.Dates.Add((cue, cue.Kind switch
        {
            DateCueKind.Published => MetadataSource.PublishedLine,
            DateCueKind.Updated => MetadataSource.UpdatedLine,
            _ => MetadataSource.Dateline,
        }));
        return "dateline";
    }
}
