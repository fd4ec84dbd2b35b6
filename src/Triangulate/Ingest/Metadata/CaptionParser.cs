using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// Recognises photo captions and credit lines in running text:
/// a credit line ("Image: Anatolii Stepanov/AFP/Getty Images", "IMAGE: AP | Image:self",
/// "(Image: AP)", "Photo by X/AFP via Getty Images", "AFP via Getty Images");
/// a caption ending with its credit ("… in Geneva, Switzerland. Reuters",
/// "… Donetsk region, Ukraine. Andriy Dubchak / AP / TASS", "… (Photo: AP)");
/// and a caption marked by a position in the picture ("Sherman (left) and Ryabkov arrive …").
/// A credit must name a known news or picture agency unless a label ("Photo:") says it is one.
/// </summary>
internal static partial class CaptionParser
{
    [GeneratedRegex(@"^\(?\s*(?:image|photo|picture|photograph|foto|bild|credit|photo credit|image credit|image source|photo source|bildquelle)s?\s*(?:credit)?\s*[:|]\s*(?<credit>[^|()]{1,100}?)\s*(?:\|.*)?\)?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledCredit();

    [GeneratedRegex(@"^\(?\s*(?:photo|image|picture)(?:graph)?s? (?:by|courtesy(?: of)?)\s+(?<credit>[^()]{1,100}?)\s*\)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoBy();

    [GeneratedRegex(@"\((?:left|right|centre|center|top|bottom|front|back|l|r|c|l-r|r-l|from left|from right|\d(?:st|nd|rd|th) (?:left|right|l|r)|foreground|background)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositionMarker();

    [GeneratedRegex(@"\s*(?:/|\||,|;|\bvia\b|\bfor\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CreditSeparator();

    private const int MaxCaptionLength = 400;

    /// <summary>A line that is only a credit: the caption's text is the line itself.</summary>
    public static bool TryParseCreditLine(string line, out string credit)
    {
        credit = "";
        if (line.Length is < 2 or > 160 || EndsLikeProse(line)) return false;
        var m = LabelledCredit().Match(line);
        if (!m.Success) m = PhotoBy().Match(line);
        if (m.Success)
        {
            credit = m.Groups["credit"].Value.Trim().TrimEnd('.');
            return credit.Length > 0;
        }
        if (IsAgencyCredit(line.Trim().Trim('(', ')')))
        {
            credit = line.Trim().Trim('(', ')');
            return true;
        }
        return false;
    }

    /// <summary>A caption with its credit at the end, or a caption marked by a position in the picture.</summary>
    public static bool TryParseCaption(string paragraph, out Caption caption)
    {
        caption = null!;
        if (paragraph.Length > MaxCaptionLength) return false;
        if (SplitTrailingCredit(paragraph) is ({ } text, { } credit))
        {
            caption = new Caption(text, credit);
            return true;
        }
        if (PositionMarker().IsMatch(paragraph) && !HasQuote(paragraph))
        {
            caption = new Caption(paragraph, null);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Splits "… Switzerland. Reuters" or "… the talks. (Photo: AP)" after the last sentence end:
    /// the tail must be a credit (labelled, or naming an agency) and the text before it at least
    /// a few words of caption without quoted speech.
    /// </summary>
    private static (string? Text, string? Credit) SplitTrailingCredit(string paragraph)
    {
        if (EndsLikeProse(paragraph)) return (null, null);
        var end = paragraph.Length;
        for (var i = end - 2; i >= 10; i--)
        {
            if (paragraph[i + 1] != ' ' || paragraph[i] is not ('.' or '!' or '?' or '…' or ')' or '"' or '”')) continue;
            var text = paragraph[..(i + 1)];
            var tail = paragraph[(i + 2)..].Trim();
            if (tail.Length == 0 || HasQuote(text)) return (null, null);
            if (TryParseCreditLine(tail, out var credit)) return (text, credit);
            return (null, null);
        }
        return (null, null);
    }
    /// <summary>
    /// "Reuters", "Andriy Dubchak / AP / TASS", "AFP via Getty Images": short parts separated by
    /// slashes, bars or "via", each a name, at least one a known agency.
    /// </summary>
    public static bool IsAgencyCredit(string text)
    {
        if (text.Length is < 2 or > 100) return false;
        var parts = CreditSeparator().Split(text);
        if (parts.Length > 5) return false;
        var known = false;
        foreach (var raw in parts)
        {
            var part = raw.Trim();
            if (part.Length == 0) continue;
            if (OutletDirectory.KindOf(WithoutPhotoSuffix(part)) is OutletKind.Agency or OutletKind.Photo) known = true;
            else if (!NameList.LooksLikeName(part, 4)) return false;
        }
        return known;
    }

    /// <summary>"AP Photo", "Reuters Pictures", "AFP File": the agency's name with a word for its picture service.</summary>
    private static string WithoutPhotoSuffix(string part)
    {
        foreach (var suffix in PhotoSuffixes)
            if (part.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && part.Length > suffix.Length)
                return part[..^suffix.Length];
        return part;
    }

    private static readonly string[] PhotoSuffixes = [" File Photo", " Photo", " Photos", " Pictures", " Images", " File", " Handout"];

    /// <summary>A credit ends with a name or a bracket; a sentence ends with punctuation.</summary>
    private static bool EndsLikeProse(string text) => text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ':' or ';' or ',' or '…';

    /// <summary>Quoted speech is article text, not a caption.</summary>
    private static bool HasQuote(string text) => text.Contains('“') || text.Contains('"') || text.Contains('”');
}
