using Triangulate.Model;

namespace Triangulate.Annotate.Times;

/// <summary>Rules for dates read from the reference date: "today", "last month", "this week", "the quarter", "now", "recently".</summary>
internal sealed partial class TimeScanner
{
    private TimeMatch? Relative(int i)
    {
        var w = W(i);
        switch (w)
        {
            case "today":
                return PartOfDay(i, 0);
            case "tonight":
                return new TimeMatch(i, i + 1, TimeType.Time, resolve.Today("NI"), TimeReading.Relative);
            case "yesterday":
                return PartOfDay(i, -1);
            case "tomorrow":
                return PartOfDay(i, 1);
            case "now" when W(i + 1) != "-":
            case "currently" or "presently" or "nowadays":
                return Ref(i, i + 1, TimeValues.PresentRef);
            case "right" when W(i + 1) == "now":
                return Ref(i, i + 2, TimeValues.PresentRef);
            case "these" when W(i + 1) == "days":
                return Ref(i, i + 2, TimeValues.PresentRef);
            case "present" when W(i - 1) == "at":
                return Ref(i, i + 1, TimeValues.PresentRef);
            case "current":
                return Current(i);
            case "recently" or "lately":
                return Ref(i, i + 1, TimeValues.PastRef);
            case "recent":
                return Ref(i, PluralUnitAt(i + 1) ? i + 2 : i + 1, TimeValues.PastRef);
            case "soon" when !(W(i - 1) == "as" && W(i + 1) == "as"):
                return Ref(i, i + 1, TimeValues.FutureRef);
            case "the":
                return TheRelative(i);
            case "this" or "last" or "next" or "past" or "coming" or "previous" or "following":
                return Step(i, w switch { "this" => 0, "last" or "past" or "previous" => -1, _ => 1 });
            case "year" when W(i + 1) == "-" && W(i + 2) is "earlier" or "ago":
                return YearAgo(i, i + 3);
            default:
                return null;
        }
    }

    /// <summary>"yesterday", "yesterday afternoon", "tomorrow morning".</summary>
    private TimeMatch PartOfDay(int i, int days)
    {
        var day = resolve.Shift(TimeUnit.Day, days);
        if (TimeWords.PartsOfDay.TryGetValue(W(i + 1), out var part) && W(i + 1) != "overnight")
            return new TimeMatch(i, i + 2, TimeType.Time, day + "T" + part, TimeReading.Relative);
        return new TimeMatch(i, i + 1, TimeType.Date, day, TimeReading.Relative);
    }

    private static TimeMatch Ref(int first, int end, string value) => new(first, end, TimeType.Date, value, TimeReading.Free);

    private bool PluralUnitAt(int i) => TimeWords.Units.TryGetValue(W(i), out var u) && W(i).EndsWith('s') && u >= TimeUnit.Day;

    private bool SingularUnitAt(int i, out TimeUnit unit) =>
        TimeWords.Units.TryGetValue(W(i), out unit) && !W(i).EndsWith('s') && unit >= TimeUnit.Day;

    /// <summary>"current" alone is now; "the current quarter", "the current fiscal year" is the unit that holds the reference date.</summary>
    private TimeMatch Current(int i)
    {
        var j = W(i + 1) == "fiscal" ? i + 2 : i + 1;
        if (SingularUnitAt(j, out var unit)) return new TimeMatch(i, j + 1, TimeType.Date, resolve.Shift(unit, 0), TimeReading.Relative);
        return Ref(i, i + 1, TimeValues.PresentRef);
    }

    /// <summary>"the past", "the future", "the year", "the quarter", "the latest quarter", "the year-ago period", "the weekend", "the past year" (a length).</summary>
    private TimeMatch? TheRelative(int i)
    {
        var next = W(i + 1);
        if (next == "past" && !SingularUnitAt(i + 2, out _) && NumberAt(i + 2, out _) is null && !PluralUnitAt(i + 2))
            return Ref(i, i + 2, TimeValues.PastRef);
        if (next == "future") return Ref(i, i + 2, TimeValues.FutureRef);
        if (next == "near" && W(i + 2) == "future") return Ref(i, i + 3, TimeValues.FutureRef);
        if (next == "present" && !tokens[Math.Min(i + 2, tokens.Count - 1)].IsWord) return Ref(i, i + 2, TimeValues.PresentRef);
        if (next is "latest" or "most" or "recent")
        {
            var j = next == "most" && W(i + 2) == "recent" ? i + 3 : i + 2;
            if (W(j) == "fiscal") j++;
            if (W(j) is "quarter" or "period") return new TimeMatch(i, j + 1, TimeType.Date, resolve.LastQuarter(), TimeReading.Relative);
            return null;
        }
        if (next == "year" && W(i + 2) == "-" && W(i + 3) is "earlier" or "ago") return YearAgo(i, i + 4);
        if (next is "last" or "past" or "next" or "coming" && SingularUnitAt(i + 2, out var length) && length is not (TimeUnit.Weekend or TimeUnit.Day))
            return new TimeMatch(i, i + 3, TimeType.Duration, TimeValues.Duration(length == TimeUnit.Quarter ? 3 : 1, length == TimeUnit.Quarter ? TimeUnit.Month : length), TimeReading.Free);
        if (next == "fiscal" && W(i + 2) == "year") return new TimeMatch(i, i + 3, TimeType.Date, resolve.Year(0), TimeReading.Relative);
        if (!SingularUnitAt(i + 1, out var unit) || W(i + 2) == "-" || W(i + 2) == "before" || W(i + 2) == "after") return null;
        return unit switch
        {
            TimeUnit.Quarter => new TimeMatch(i, i + 2, TimeType.Date, resolve.LastQuarter(), TimeReading.Relative),
            TimeUnit.Year or TimeUnit.Month or TimeUnit.Week => new TimeMatch(i, i + 2, TimeType.Date, resolve.Shift(unit, 0), TimeReading.Relative),
            TimeUnit.Weekend => new TimeMatch(i, i + 2, TimeType.Date, Weekend(TenseOf(i, i + 2)), TimeReading.Relative),
            _ => null,
        };
    }

    /// <summary>The weekend the tense points to; with none, the nearer of the last and the next.</summary>
    private string Weekend(Tense tense)
    {
        if (resolve.Reference is not { } r) return resolve.Shift(TimeUnit.Weekend, 0);
        var day = r.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)r.DayOfWeek;
        var back = day >= 6 ? 0 : -1;
        var step = tense switch { Tense.Past => back, Tense.Future => 0, _ => day <= 2 ? back : 0 };
        return resolve.Shift(TimeUnit.Weekend, step);
    }

    /// <summary>"year-earlier", "the year-ago quarter": a year back; of a quarter or a period, the last quarter a year back.</summary>
    private TimeMatch YearAgo(int first, int end)
    {
        if (W(end) == "fiscal") end++;
        if (OrdinalQuarter(end, out var qEnd) is > 0 and var q)
            return new TimeMatch(first, qEnd, TimeType.Date, resolve.Year(-1) + "-Q" + q, TimeReading.Relative);
        if (W(end) is "quarter" or "period") return new TimeMatch(first, end + 1, TimeType.Date, resolve.LastQuarter(1), TimeReading.Relative);
        var value = SentenceHas(first, "quarter") ? resolve.LastQuarter(1) : resolve.Year(-1);
        return new TimeMatch(first, end, TimeType.Date, value, TimeReading.Relative);
    }

    /// <summary>"this week", "last month", "next year", "last June", "next Monday", "last night", "this morning", "last year's third quarter".</summary>
    private TimeMatch? Step(int i, int step)
    {
        var w = W(i);
        var j = i + 1;
        if (WeekdayAt(j) is > 0 and var day)
        {
            var value = step == 0 ? resolve.Weekday(day, TenseOf(i, j + 1)) : resolve.WeekdayStep(day, step);
            return new TimeMatch(i, j + 1, TimeType.Date, value, TimeReading.Relative);
        }
        if (MonthAt(j) is > 0 and var month && FullMonthName(W(j)))
            return new TimeMatch(i, j + 1, TimeType.Date, resolve.MonthStep(month, step), TimeReading.Relative);
        if (TimeWords.Seasons.TryGetValue(W(j), out var season))
            return new TimeMatch(i, j + 1, TimeType.Date, resolve.SeasonStep(season, step), TimeReading.Relative);
        if (w is "this" or "last" && W(j) == "night" || w == "this" && TimeWords.PartsOfDay.ContainsKey(W(j)))
        {
            var part = TimeWords.PartsOfDay[W(j)];
            return new TimeMatch(i, j + 1, TimeType.Time, resolve.Shift(TimeUnit.Day, w == "last" ? -1 : 0) + "T" + part, TimeReading.Relative);
        }
        if (W(j) == "fiscal" && W(j + 1) == "year") j++;
        if (!SingularUnitAt(j, out var unit) || unit == TimeUnit.Day) return null;
        if (w == "past" && unit != TimeUnit.Weekend)
            return new TimeMatch(i, j + 1, TimeType.Duration, TimeValues.Duration(1, unit), TimeReading.Free);
        if (unit == TimeUnit.Year && W(j + 1) == "'" && W(j + 2) == "s" && OrdinalQuarter(j + 3, out var qEnd) is > 0 and var q)
            return new TimeMatch(i, qEnd, TimeType.Date, resolve.Year(step) + "-Q" + q, TimeReading.Relative);
        return new TimeMatch(i, j + 1, TimeType.Date, resolve.Shift(unit, step), TimeReading.Relative);
    }
}
