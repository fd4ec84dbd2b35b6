using System.Globalization;

namespace Triangulate.Annotate.Times;

/// <summary>TIMEX3 value strings for calendar points and lengths.</summary>
internal static class TimeValues
{
    public const string PresentRef = "PRESENT_REF";
    public const string PastRef = "PAST_REF";
    public const string FutureRef = "FUTURE_REF";

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => Year(year) + "-" + Two(month);

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The ISO week that holds <paramref name="d"/>: 2022-W02.</summary>
    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(dt)) + "-W" + Two(ISOWeek.GetWeekOfYear(dt));
    }

    public static string Quarter(int year, int quarter) => Year(year) + "-Q" + quarter.ToString(CultureInfo.InvariantCulture);

    public static string Half(int year, int half) => Year(year) + "-H" + half.ToString(CultureInfo.InvariantCulture);

    public static string Season(int year, int season) => Year(year) + "-" + TimeWords.SeasonCodes[season - 1];

    /// <summary>A decade as TIMEX3 writes it, its first three digits: the 1990s are 199.</summary>
    public static string Decade(int year) => (year / 10).ToString("000", CultureInfo.InvariantCulture);

    public static string Century(int year) => (year / 100).ToString("00", CultureInfo.InvariantCulture);

    public static string Clock(int hour, int minute) => "T" + Two(hour) + ":" + Two(minute);

    public static string Two(int n) => n.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>A length: P3D, PT8H, P1.5Y, PXY (<paramref name="count"/> null for "several").</summary>
    public static string Duration(double? count, TimeUnit unit)
    {
        // A half is written in the next unit down: P2Y6M, PT5H30M.
        if (count is { } half && half % 1 == 0.5 && unit is TimeUnit.Year or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Day)
        {
            var whole = ((int)half).ToString(CultureInfo.InvariantCulture);
            return unit switch
            {
                TimeUnit.Year => "P" + whole + "Y6M",
                TimeUnit.Day => "P" + whole + "DT12H",
                TimeUnit.Hour => "PT" + whole + "H30M",
                _ => "PT" + whole + "M30S",
            };
        }
        var n = count is { } c ? c.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Weekend => count is { } w ? "P" + (w * 2).ToString("0.##", CultureInfo.InvariantCulture) + "D" : "PXD",
            TimeUnit.Month => "P" + n + "M",
            TimeUnit.Quarter => count is { } q ? "P" + (q * 3).ToString("0.##", CultureInfo.InvariantCulture) + "M" : "PXM",
            TimeUnit.Year => "P" + n + "Y",
            TimeUnit.Decade => count is { } e ? "P" + (e * 10).ToString("0.##", CultureInfo.InvariantCulture) + "Y" : "PXY",
            _ => count is { } y ? "P" + (y * 100).ToString("0.##", CultureInfo.InvariantCulture) + "Y" : "PXY",
        };
    }

    /// <summary>The recurrence of one unit: "daily" and "every day" are P1D.</summary>
    public static string Every(TimeUnit unit) => Duration(1, unit);
}
