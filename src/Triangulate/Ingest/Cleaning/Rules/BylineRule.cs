using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// A byline ("By A, B and C for AFP", "Reported by: X") gives the authors and, with "for X", the
/// outlet the story was written for. Segments after "|" or "•" may carry a date stamp.
/// </summary>
internal sealed class BylineRule : IParagraphRule
{
    private static readonly char[] SegmentSeparators = ['|', '•', '·'];

    public string? Apply(CleaningContext context, int index)
    {
        var text = context.Paragraphs[index].Text;
        if (text.Length > 200) return null;
        if (BylineParser.TryParse(text, out var byline))
        {
            Record(context.Facts, byline);
            return "byline";
        }
        if (text.IndexOfAny(SegmentSeparators) < 0) return null;

        // "By Jane Doe | January 10, 2022": every segment must be a byline or a date.
        Byline? found = null;
        var dates = new List<DateCue>();
        foreach (var segment in text.Split(SegmentSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (found is null && BylineParser.TryParse(segment, out var b)) found = b;
            else if (DateCueParser.TryParse(segment, out var cue)) dates.Add(cue);
            else return null;
        }
        if (found is null) return null;
        Record(context.Facts, found);
        context.Facts.Dates.AddRange(dates.Select(d => (d, MetadataSource.Byline)));
        return "byline";
    }

    /// <summary>The first byline is the article's; later ones belong to teasers and boxes and only leave the body.</summary>
    private static void Record(ArticleFacts facts, Byline byline)
    {
        if (facts.BylineSeen) return;
        facts.BylineSeen = true;
        facts.Authors.AddRange(byline.Authors.Distinct(StringComparer.Ordinal));
        if (byline.Outlet is { } outlet) facts.SourceOutlets.Add((outlet, SourceCue.Byline));
    }
}
