using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Ingest.Html;
using Triangulate.Model;

namespace Triangulate.Ingest.Feeds;

/// <summary>
/// Dates of feed items: ISO 8601 (Atom, dc:date) and RFC 822 (RSS pubDate: "Mon, 10 Jan 2022 20:34:00
/// +0000", "… GMT", "… EST"), as precise as written; a zone the RFC does not define gives no offset.
/// </summary>
internal static partial class FeedDates
{
    private static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static PublicationTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (HtmlDates.Parse(text) is { } iso) return iso;
        var m = Rfc822().Match(text.Trim());
        if (!m.Success) return null;
        var month = Array.IndexOf(Months, m.Groups["mon"].Value.ToLowerInvariant()) + 1;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 100) year += 2000;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || year is < 1900 or > 2199 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59) return new PublicationTime(date);
        return new PublicationTime(date, new TimeOnly(hour, minute, second), Offset(m.Groups["z"].Value));
    }

    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 5 && zone[0] is '+' or '-')
        {
            var hours = int.Parse(zone[1..3], CultureInfo.InvariantCulture);
            var minutes = int.Parse(zone[3..5], CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59) return null;
            var offset = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -offset : offset;
        }
        return Zones.TryGetValue(zone, out var h) ? TimeSpan.FromHours(h) : null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(?<d>[0-9]{1,2})\s+(?<mon>[A-Za-z]{3})[A-Za-z]*\.?\s+(?<y>[0-9]{2,4})\s+(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?\s*(?<z>[+-][0-9]{4}|[A-Za-z]{1,5})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();
}
