using System.CommandLine.Parsing;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Cli.Commands;

/// <summary>
/// Parses --published: a date (2022-01-10) or a date and time of day (2022-01-10T20:34, seconds
/// optional), optionally with a UTC offset (Z, +05:30); kept as precise as given. Anything else is a
/// usage error.
/// </summary>
internal static class PublishedParser
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    public static PublicationTime? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (TryParse(text, out var value)) return value;
        result.AddError($"--published must be a date (2022-01-10) or ISO date-time (2022-01-10T20:34, 2022-01-10T20:34+01:00), not '{text}'");
        return null;
    }

    public static bool TryParse(string text, out PublicationTime? value)
    {
        value = null;
        var (datePart, timePart) = text.IndexOf('T') is var t and >= 0 ? (text[..t], text[(t + 1)..]) : (text, null);
        if (!DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        if (timePart is null)
        {
            value = new PublicationTime(date);
            return true;
        }
        TimeSpan? offset = null;
        if (timePart.EndsWith('Z'))
        {
            offset = TimeSpan.Zero;
            timePart = timePart[..^1];
        }
        else if (timePart.Length > 6 && timePart[^6] is '+' or '-')
        {
            if (!TimeSpan.TryParseExact(timePart[^5..], @"hh\:mm", CultureInfo.InvariantCulture, out var zone) || zone > TimeSpan.FromHours(14))
                return false;
            offset = timePart[^6] == '-' ? -zone : zone;
            timePart = timePart[..^6];
        }
        if (!TimeOnly.TryParseExact(timePart, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return false;
        value = new PublicationTime(date, time, offset);
        return true;
    }
}
