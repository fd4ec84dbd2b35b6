using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// Reads a line that is nothing but a date stamp: an optional label ("Updated:", "Published",
/// "Posted on", "Aktualisiert am" …), an optional weekday, a date ("January 10, 2022",
/// "January 11th, 2022", "Jan. 10, 2022", "10 January 2022", "2022-01-10", "10.01.2022"), and
/// optionally a time with zone, after the date or before it ("8:34 PM", "at 12:23 IST", "12:23 GMT+3, 10 January 2022", "T20:34:00Z").
/// A date inside a sentence is not a date line: the whole line must match.
/// </summary>
internal static partial class DateCueParser
{
    private const string PublishedLabel =
        @"(?<pub>first published|published|publication date|posted|created|date|dated|veröffentlicht|publié|publicado|pubblicato)";
    private const string UpdatedLabel =
        @"(?<upd>last updated|last modified|updated|modified|aktualisiert|mis à jour|actualizado|aggiornato)";
    private const string Weekday =
        @"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?\s+";
    private const string Zone = @"(?:\(?(?<zone>(?:utc|gmt)?[+\-−]\d{1,2}(?::?\d\d)?|[a-z]{1,5})\)?)";
    private const string Time =
        @"(?<hour>[0-2]?\d)[:.h](?<minute>[0-5]\d)(?::(?<second>[0-5]\d)(?:\.\d+)?)?\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?(?:\s*uhr)?(?:\s*" + Zone + ")?";
    private const string TextDate =
        @"(?:(?<month>" + MonthNames.Pattern + @")\.?\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)" +
        @"|(?<day>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?<month>" + MonthNames.Pattern + @")\.?,?\s+(?:de\s+)?(?<year>(?:19|20)\d\d))";
    private const string NumericDate =
        @"(?:(?<year>(?:19|20)\d\d)[-/](?<mon>[01]?\d)[-/](?<day>[0-3]?\d)|(?<day>[0-3]?\d)\.(?<mon>[01]?\d)\.(?<year>(?:19|20)\d\d))";
    private const string Line =
        @"^(?:(?:" + UpdatedLabel + "|" + PublishedLabel + @")(?:\s+(?:on|at|am|le|el|il))?\s*[:\-–|]?\s*)?" +
        "(?:" + Time + @"\s*[,|]?\s*(?:on\s+)?)?" +
        "(?:" + Weekday + ")?" +
        @"(?:" + TextDate + "|" + NumericDate + ")" +
        @"(?:\s*(?:,|at|@|-|–|\||/|T|um|à|a las|alle)?\s*" + Time + ")?" +
        @"\s*\.?$";

    [GeneratedRegex(Line, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    /// <summary>Longest line worth trying: a date stamp is short.</summary>
    private const int MaxLength = 90;

    public static bool TryParse(string line, out DateCue cue)
    {
        cue = null!;
        line = line.Trim();
        if (line.Length is < 6 or > MaxLength || !ContainsDigit(line)) return false;
        var m = DateLine().Match(line);
        if (!m.Success) return false;
        var month = m.Groups["month"].Success ? MonthNames.Number(m.Groups["month"].Value) : Int(m.Groups["mon"]);
        var day = Int(m.Groups["day"]);
        var year = Int(m.Groups["year"]);
        if (month is not { } mo || day is not { } d || year is not { } y) return false;
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        var date = new DateOnly(y, mo, d);
        var kind = m.Groups["upd"].Success ? DateCueKind.Updated : m.Groups["pub"].Success ? DateCueKind.Published : DateCueKind.Bare;
        cue = new DateCue(kind, new PublicationTime(date, ReadTime(m), ReadOffset(m, date)));
        return true;
    }

    private static TimeOnly? ReadTime(Match m)
    {
        if (Int(m.Groups["hour"]) is not { } hour || Int(m.Groups["minute"]) is not { } minute) return null;
        var second = Int(m.Groups["second"]) ?? 0;
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return null;
            var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour > 23 ? null : new TimeOnly(hour, minute, second);
    }

    private static TimeSpan? ReadOffset(Match m, DateOnly date) =>
        m.Groups["hour"].Success && m.Groups["zone"].Success ? TimeZoneAbbreviations.Offset(m.Groups["zone"].Value, date) : null;

    private static int? Int(Group g) =>
        g.Success && int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static bool ContainsDigit(string s)
    {
        foreach (var c in s) if (char.IsAsciiDigit(c)) return true;
        return false;
    }
}
