using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Machine-readable dates from markup (ISO 8601 as in meta tags, JSON-LD and &lt;time datetime&gt;,
/// RFC 1123) and dates in URL paths, kept exactly as precise as given: a zone only when one is written.
/// </summary>
internal static partial class HtmlDates
{
    public static PublicationTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var m = Iso().Match(text);
        if (m.Success) return FromIso(m);
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out var rfc))
            return new PublicationTime(DateOnly.FromDateTime(rfc.DateTime), TimeOnly.FromDateTime(rfc.DateTime), rfc.Offset);
        return null;
    }

    /// <summary>
    /// A date written into a URL path: /2022/01/10/, /2022-01-10/ or /20220110/, or day first as a
    /// slug writes it: /meldungen/29-10-2021, …_vom_22.04.2020_….
    /// </summary>
    public static PublicationTime? FromUrl(string? url)
    {
        if (url is null) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) m = UrlDayFirstDate().Match(url);
        if (!m.Success) return null;
        return MakeDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } date ? new PublicationTime(date) : null;
    }

    private static PublicationTime? FromIso(Match m)
    {
        if (MakeDate(m.Groups["y"].Value, m.Groups["mo"].Value, m.Groups["d"].Value) is not { } date) return null;
        if (!m.Groups["h"].Success) return new PublicationTime(date);
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59) return new PublicationTime(date);
        var time = new TimeOnly(hour, minute, second);
        TimeSpan? offset = null;
        var zone = m.Groups["z"].Value;
        if (zone is "Z" or "z") offset = TimeSpan.Zero;
        else if (zone.Length > 0)
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            var oh = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var om = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
            if (oh <= 14 && om < 60) offset = new TimeSpan(zone[0] == '-' ? -oh : oh, zone[0] == '-' ? -om : om, 0);
        }
        return new PublicationTime(date, time, offset);
    }

    private static DateOnly? MakeDate(string y, string mo, string d)
    {
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        var month = int.Parse(mo, CultureInfo.InvariantCulture);
        var day = int.Parse(d, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[T ](?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,][0-9]+)?)?\s*(?<z>Z|[+-][0-9]{2}:?[0-9]{2}|[+-][0-9]{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"/(?<y>(?:19|20|21)[0-9]{2})(?:/|-)?(?<m>[01][0-9])(?:/|-)?(?<d>[0-3][0-9])(?=[/\-_.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"[/\-_](?<d>[0-3][0-9])(?<sep>[-.])(?<m>[01][0-9])\k<sep>(?<y>(?:19|20)[0-9]{2})(?=[/\-_.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDayFirstDate();
}
