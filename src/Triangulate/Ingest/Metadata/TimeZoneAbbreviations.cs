using System.Globalization;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// UTC offsets of the zone abbreviations news sites print after times ("12:23 IST", "8:34 PM ET").
/// Ambiguous abbreviations take their usual news-site meaning (IST = India, CST = US Central);
/// AST, BST-as-Bangladesh and similar clashes are resolved the same way. "ET", "CT", "MT", "PT"
/// follow US daylight saving on the given date. Unknown abbreviations give no offset.
/// </summary>
internal static class TimeZoneAbbreviations
{
    private static readonly Dictionary<string, int> FixedMinutes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["WEST"] = 60, ["BST"] = 60,
        ["CET"] = 60, ["CEST"] = 120, ["MEZ"] = 60, ["MESZ"] = 120, ["EET"] = 120, ["EEST"] = 180,
        ["MSK"] = 180, ["TRT"] = 180, ["EAT"] = 180, ["CAT"] = 120, ["WAT"] = 60, ["SAST"] = 120,
        ["GST"] = 240, ["PKT"] = 300, ["IST"] = 330, ["NPT"] = 345, ["ICT"] = 420, ["WIB"] = 420,
        ["SGT"] = 480, ["HKT"] = 480, ["PHT"] = 480, ["AWST"] = 480, ["JST"] = 540, ["KST"] = 540,
        ["ACST"] = 570, ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
        ["BRT"] = -180, ["ART"] = -180,
    };

    private static readonly Dictionary<string, int> UsStandardMinutes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = -300, ["CT"] = -360, ["MT"] = -420, ["PT"] = -480,
    };

    /// <summary>
    /// Offset for a zone written as an abbreviation ("IST"), "GMT+3", "UTC+05:30", "+0530" or "Z"; null when unknown.
    /// </summary>
    public static TimeSpan? Offset(string zone, DateOnly date)
    {
        zone = zone.Trim().Trim('(', ')');
        if (zone.Length == 0) return null;
        if (FixedMinutes.TryGetValue(zone, out var minutes)) return TimeSpan.FromMinutes(minutes);
        if (UsStandardMinutes.TryGetValue(zone, out minutes))
            return TimeSpan.FromMinutes(minutes + (IsUsDaylightSaving(date) ? 60 : 0));
        var signAt = zone.IndexOfAny(['+', '-', '−']);
        if (signAt < 0) return null;
        var prefix = zone[..signAt];
        if (prefix.Length > 0 && !prefix.Equals("UTC", StringComparison.OrdinalIgnoreCase) && !prefix.Equals("GMT", StringComparison.OrdinalIgnoreCase))
            return null;
        return ParseNumericOffset(zone[signAt..]);
    }

    private static TimeSpan? ParseNumericOffset(string text)
    {
        var sign = text[0] == '+' ? 1 : -1;
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is 0 or > 4 || !digits.All(char.IsAsciiDigit)) return null;
        int hours, minutes = 0;
        if (digits.Length <= 2) hours = int.Parse(digits, CultureInfo.InvariantCulture);
        else
        {
            hours = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
            minutes = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        }
        if (hours > 14 || minutes > 59) return null;
        return TimeSpan.FromMinutes(sign * (hours * 60 + minutes));
    }

    /// <summary>US rule since 2007: from the second Sunday of March to the first Sunday of November.</summary>
    private static bool IsUsDaylightSaving(DateOnly date)
    {
        var start = NthSunday(date.Year, 3, 2);
        var end = NthSunday(date.Year, 11, 1);
        return date >= start && date < end;
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }
}
