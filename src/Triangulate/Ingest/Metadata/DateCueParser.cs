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
    // Words (labels, weekdays, months, zones) are matched as plain letter runs and checked
    // against small tables afterwards: the pattern stays small, so it is cheap to load and run.
    private const string Zone = @"(?:\(?(?<zone>(?:UTC|GMT)?[+\-−]\d{1,2}(?::?\d\d)?|\p{L}{1,5})\)?)";
    private const string Time =
        @"(?<hour>[0-2]?\d)[:.h](?<minute>[0-5]\d)(?::(?<second>[0-5]\d)(?:\.\d+)?)?\s*(?<ampm>(?i:am|pm|a\.m\.|p\.m\.))?(?:\s*(?i:uhr))?(?:\s*" + Zone + ")?";
    private const string TextDate =
        @"(?:(?<month>\p{L}{3,10})\.?\s+(?<day>[0-3]?\d)(?i:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)" +
        @"|(?<day>[0-3]?\d)(?:(?i:st|nd|rd|th)|\.)?\s+(?:(?i:of|de)\s+)?(?<month>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<year>(?:19|20)\d\d))";
    // "28.09.19" printed beside "12:44" in another element reads "28.09.1912:44": a year run into a time is none.
    private const string NumericDate =
        @"(?:(?<year>(?:19|20)\d\d)[-/](?<mon>[01]?\d)[-/](?<day>[0-3]?\d)|(?<day>[0-3]?\d)\.(?<mon>[01]?\d)\.(?<year>(?:19|20)\d\d)(?!:\d))";
    private const string Line =
        @"^(?:(?<label>\p{L}[\p{L} ]{1,30}?)\s*[:\-–|]?\s+|(?<label>\p{L}[\p{L} ]{1,30}?)\s*[:\-–|]\s*)?" +
        "(?:" + Time + @"\s*[,|]?\s*(?:on\s+)?)?" +
        @"(?:(?:on|am|le|el|il)\s+)?(?:(?<weekday>\p{L}{2,9})\.?,?\s+)?" +
        "(?:" + TextDate + "|" + NumericDate + ")" +
        @"(?:\s*(?:,|at|@|-|–|\||/|T|um|à|a las|alle)?\s*" + Time + ")?" +
        @"\s*\.?$";

    [GeneratedRegex(Line, RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + TextDate + "|" + NumericDate + @")(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DateInText();

    private static readonly Dictionary<string, DateCueKind> Labels = new Dictionary<string, DateCueKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["published"] = DateCueKind.Published, ["first published"] = DateCueKind.Published, ["publication date"] = DateCueKind.Published,
        ["posted"] = DateCueKind.Published, ["created"] = DateCueKind.Published, ["date"] = DateCueKind.Published, ["dated"] = DateCueKind.Published, ["datum"] = DateCueKind.Published, ["fecha"] = DateCueKind.Published,
        ["veröffentlicht"] = DateCueKind.Published, ["publié"] = DateCueKind.Published, ["publié le"] = DateCueKind.Published,
        ["publicado"] = DateCueKind.Published, ["pubblicato"] = DateCueKind.Published, ["erschienen"] = DateCueKind.Published,
        ["updated"] = DateCueKind.Updated, ["last updated"] = DateCueKind.Updated, ["modified"] = DateCueKind.Updated,
        ["last modified"] = DateCueKind.Updated, ["aktualisiert"] = DateCueKind.Updated, ["mis à jour"] = DateCueKind.Updated,
        ["mis à jour le"] = DateCueKind.Updated, ["actualizado"] = DateCueKind.Updated, ["aggiornato"] = DateCueKind.Updated,
        ["stand"] = DateCueKind.Updated,
    };

    private static readonly HashSet<string> Weekdays = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    };

    /// <summary>Prepositions that may follow a label: "Updated on", "Posted at", "Aktualisiert am".</summary>
    private static readonly string[] LabelTails = [" on", " at", " am", " le", " el", " il"];

    /// <summary>Longest line worth trying: a date stamp is short.</summary>
    private const int MaxLength = 90;

    public static bool TryParse(string line, out DateCue cue)
    {
        cue = null!;
        line = line.Trim();
        if (line.Length is < 6 or > MaxLength || !ContainsYear(line)) return false;
        var m = DateLine().Match(line);
        if (!m.Success) return false;
        var kind = DateCueKind.Bare;
        if (m.Groups["label"].Success && !TryLabel(m.Groups["label"].Value, out kind)) return false;
        if (m.Groups["weekday"].Success && !Weekdays.Contains(m.Groups["weekday"].Value)) return false;
        return FromMatch(m, kind, out cue);
    }

    /// <summary>
    /// The first date written anywhere in a short text ("am 25.08.2015 22:30 von Cooper"), as a bare date:
    /// for text that markup labels as a date, where the line around it is not a date line.
    /// </summary>
    public static bool TryFind(string text, out DateCue cue)
    {
        cue = null!;
        if (text.Length > MaxLength || !ContainsYear(text)) return false;
        foreach (Match m in DateInText().Matches(text))
            if (FromMatch(m, DateCueKind.Bare, out cue)) return true;
        return false;
    }

    private static bool FromMatch(Match m, DateCueKind kind, out DateCue cue)
    {
        cue = null!;
        var month = m.Groups["month"].Success ? MonthNames.Number(m.Groups["month"].Value) : Int(m.Groups["mon"]);
        var day = Int(m.Groups["day"]);
        var year = Int(m.Groups["year"]);
        if (month is not { } mo || day is not { } d || year is not { } y) return false;
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        var date = new DateOnly(y, mo, d);
        cue = new DateCue(kind, new PublicationTime(date, ReadTime(m), ReadOffset(m, date)));
        return true;
    }

    private static bool TryLabel(string label, out DateCueKind kind)
    {
        label = label.Trim();
        foreach (var tail in LabelTails)
            if (label.EndsWith(tail, StringComparison.OrdinalIgnoreCase)) label = label[..^tail.Length];
        return Labels.TryGetValue(label, out kind);
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

    /// <summary>
    /// Whether <paramref name="s"/> holds a year the patterns can read (19xx or 20xx): every date they match has one,
    /// and most short lines of a page (menus, counters, prices) do not, so the regex never runs on them.
    /// </summary>
    internal static bool ContainsYear(string s)
    {
        for (var i = 0; i + 3 < s.Length; i++)
            if ((s[i] == '1' && s[i + 1] == '9' || s[i] == '2' && s[i + 1] == '0') && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]))
                return true;
        return false;
    }
}
