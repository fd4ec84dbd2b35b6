namespace Triangulate.Annotate.Times;

/// <summary>
/// Turns relative calendar references into TIMEX3 values against a reference date. Without one,
/// the unknown parts stay X ("XXXX-WXX-3"), never filled from today's date. A name that recurs
/// (a weekday, a month, a season) is the occurrence the tense points to; with no tense, the nearest
/// one, as HeidelTime reads news.
/// </summary>
internal sealed class TimeResolver(DateOnly? reference)
{
    public DateOnly? Reference { get; } = reference;

    public string Weekday(int isoDay, Tense tense, string? part = null)
    {
        if (Reference is not { } r) return "XXXX-WXX-" + isoDay + (part is null ? "" : "T" + part);
        var today = Iso(r.DayOfWeek);
        var back = -((today - isoDay + 7) % 7);
        var ahead = (isoDay - today + 7) % 7;
        var shift = tense switch
        {
            Tense.Past => back,
            Tense.Future => ahead,
            // News mostly reports what happened: the last occurrence unless the next is at least two days nearer.
            _ => -back <= ahead + 1 ? back : ahead,
        };
        return TimeValues.Day(r.AddDays(shift)) + (part is null ? "" : "T" + part);
    }

    /// <summary>A day of a month with no year: the year the tense (or nearness) gives.</summary>
    public string MonthDay(int month, int day, Tense tense)
    {
        if (Reference is not { } r) return "XXXX-" + TimeValues.Two(month) + "-" + TimeValues.Two(day);
        var year = NearestYear(r, tense, y => day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day).DayNumber : (int?)null, perYear: 365);
        return TimeValues.Day(new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))));
    }

    /// <summary>A day that comes once a year (a holiday), in the year the tense (or nearness) gives.</summary>
    public string Yearly(Func<int, DateOnly> dateIn, Tense tense)
    {
        if (Reference is not { } r) return "XXXX-" + dateIn(2001).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return TimeValues.Day(dateIn(NearestYear(r, tense, y => dateIn(y).DayNumber, perYear: 365)));
    }

    public string Month(int month, Tense tense)
    {
        if (Reference is not { } r) return "XXXX-" + TimeValues.Two(month);
        return TimeValues.Month(NearestYear(r, tense, y => y * 12 + month, perYear: 12, r.Year * 12 + r.Month), month);
    }

    public string Season(int season, Tense tense)
    {
        if (Reference is not { } r) return "XXXX-" + TimeWords.SeasonCodes[season - 1];
        return TimeValues.Season(NearestYear(r, tense, y => y * 4 + season, perYear: 4, r.Year * 4 + SeasonOf(r)), season);
    }

    /// <summary>
    /// A quarter with no year is the latest that has begun (results are reported after a quarter ends),
    /// or, in a sentence about the future, the next one when the latest is more than a quarter behind.
    /// </summary>
    public string Quarter(int quarter, Tense tense)
    {
        if (Reference is not { } r) return "XXXX-Q" + quarter;
        var now = QuarterOf(r);
        var year = quarter <= now ? r.Year : r.Year - 1;
        var behind = (r.Year - year) * 4 + now - quarter;
        if (tense == Tense.Future && behind > 1) year++;
        return TimeValues.Quarter(year, quarter);
    }

    /// <summary>"last June": the latest June before this month; "next June": the first after it.</summary>
    public string MonthStep(int month, int step)
    {
        if (Reference is not { } r) return "XXXX-" + TimeValues.Two(month);
        var year = step < 0 ? (month < r.Month ? r.Year : r.Year - 1) : step > 0 ? (month > r.Month ? r.Year : r.Year + 1) : r.Year;
        return TimeValues.Month(year, month);
    }

    public string SeasonStep(int season, int step)
    {
        if (Reference is not { } r) return "XXXX-" + TimeWords.SeasonCodes[season - 1];
        var now = SeasonOf(r);
        var year = step < 0 ? (season < now ? r.Year : r.Year - 1) : step > 0 ? (season > now ? r.Year : r.Year + 1) : r.Year;
        return TimeValues.Season(year, season);
    }

    public string WeekdayStep(int isoDay, int step, string? part = null)
    {
        if (Reference is not { } r) return "XXXX-WXX-" + isoDay + (part is null ? "" : "T" + part);
        var today = Iso(r.DayOfWeek);
        var shift = step < 0 ? -((today - isoDay + 6) % 7 + 1) : step > 0 ? (isoDay - today + 6) % 7 + 1 : isoDay - today;
        return TimeValues.Day(r.AddDays(shift)) + (part is null ? "" : "T" + part);
    }

    /// <summary>The unit that holds the reference date, moved by <paramref name="step"/> units: "last month" is -1 month.</summary>
    public string Shift(TimeUnit unit, int step)
    {
        if (Reference is not { } r)
            return unit switch
            {
                TimeUnit.Day => "XXXX-XX-XX",
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Weekend => "XXXX-WXX-WE",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Quarter => "XXXX-QX",
                TimeUnit.Decade => "XXX",
                TimeUnit.Century => "XX",
                _ => "XXXX",
            };
        return unit switch
        {
            TimeUnit.Day => TimeValues.Day(r.AddDays(step)),
            TimeUnit.Week => TimeValues.Week(r.AddDays(7 * step)),
            TimeUnit.Weekend => TimeValues.Week(r.AddDays(7 * step)) + "-WE",
            TimeUnit.Month => TimeValues.Month(r.AddMonths(step).Year, r.AddMonths(step).Month),
            TimeUnit.Quarter => QuarterShift(r, step),
            TimeUnit.Decade => TimeValues.Decade(r.Year + 10 * step),
            TimeUnit.Century => TimeValues.Century(r.Year + 100 * step),
            _ => TimeValues.Year(r.Year + step),
        };
    }

    /// <summary>The last quarter that has ended: what "the quarter" of an earnings report means.</summary>
    public string LastQuarter(int yearsBack = 0)
    {
        if (Reference is not { } r) return "XXXX-QX";
        var q = QuarterOf(r) - 1;
        var year = r.Year - yearsBack;
        return q == 0 ? TimeValues.Quarter(year - 1, 4) : TimeValues.Quarter(year, q);
    }

    public string Year(int step) => Shift(TimeUnit.Year, step);

    public string Today(string? part = null) => Shift(TimeUnit.Day, 0) + (part is null ? "" : "T" + part);

    private static string QuarterShift(DateOnly r, int step)
    {
        var index = r.Year * 4 + QuarterOf(r) - 1 + step;
        return TimeValues.Quarter(Math.DivRem(index, 4, out var q), q + 1);
    }

    /// <summary>
    /// The year whose occurrence fits the tense: the latest not after the reference for the past, the
    /// earliest not before it for the future — if within three quarters of a year ("extended to Nov. 16"
    /// in October is this November) — else the nearer of those two (ties go back).
    /// </summary>
    private static int NearestYear(DateOnly r, Tense tense, Func<int, int?> position, int perYear, int? now = null)
    {
        var here = now ?? r.DayNumber;
        int? back = null, ahead = null;
        for (var y = r.Year + 1; y >= r.Year - 1 && back is null; y--)
            if (position(y) is { } p && p <= here) back = y;
        for (var y = r.Year - 1; y <= r.Year + 1 && ahead is null; y++)
            if (position(y) is { } p && p >= here) ahead = y;
        var reach = perYear * 3 / 4;
        if (tense == Tense.Past && back is { } b && here - position(b)!.Value <= reach) return b;
        if (tense == Tense.Future && ahead is { } a && position(a)!.Value - here <= reach) return a;
        if (back is null) return ahead ?? r.Year;
        if (ahead is null) return back.Value;
        // News mostly reports what happened: the last occurrence unless the next is clearly nearer.
        return here - position(back.Value)!.Value <= position(ahead.Value)!.Value - here + perYear / 6 ? back.Value : ahead.Value;
    }

    private static int SeasonOf(DateOnly d) => d.Month switch { 3 or 4 or 5 => 1, 6 or 7 or 8 => 2, 9 or 10 or 11 => 3, _ => 4 };

    private static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    private static int Iso(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;
}
