using Triangulate.Model;

namespace Triangulate.Annotate.Times;

/// <summary>Calendar rules: dates with a month name or in digits, weekdays, years, decades, centuries, quarters, seasons, holidays.</summary>
internal sealed partial class TimeScanner
{
    /// <summary>Words after which "May", "March" or a season name are a time, not a verb or a noun.</summary>
    private static readonly HashSet<string> CalendarCues =
    [
        "in", "since", "until", "till", "by", "early", "late", "mid", "-", "of", "during", "before", "after", "from", "to",
        "through", "throughout", "last", "next", "this", "that", "the", "between", "and", "or", "end", "each", "every", "over",
    ];

    /// <summary>Nouns counted by a four-digit number that is not a year ("2000 troops").</summary>
    private static readonly HashSet<string> CountedNouns =
    [
        "people", "shares", "troops", "tons", "tonnes", "votes", "jobs", "workers", "miles", "feet", "meters", "metres", "yards",
        "points", "cases", "units", "members", "employees", "soldiers", "acres", "pounds", "barrels", "cars", "homes", "students",
        "deaths", "copies", "hours", "hrs", "kilometers", "kilometres", "km", "dollars", "euros", "calories", "residents",
    ];

    private static readonly HashSet<string> CountHedges = ["about", "some", "nearly", "almost", "than", "least", "over", "under", "only", "just", "no"];

    private TimeMatch? Calendar(int i)
    {
        var t = tokens[i];
        if (t.IsNumber) return NumericDate(i) ?? DayMonth(i) ?? YearLike(i);
        if (t.Is("'")) return ShortDecade(i);
        if (!t.IsWord) return null;
        if (MonthAt(i) is > 0 and var month) return MonthDate(i, month);
        if (IsWeekdayAt(i)) return WeekdayDate(i);
        return Fiscal(i) ?? SpelledYear(i) ?? OrdinalPeriod(i) ?? CenturyOrdinal(i) ?? SeasonDate(i) ?? Holiday(i) ?? QuarterCode(i);
    }

    /// <summary>A capitalised month name (an abbreviation only before a day: "Sept. 30").</summary>
    private int MonthAt(int i) =>
        i < tokens.Count && tokens[i].IsWord && tokens[i].Capitalized && TimeWords.Months.TryGetValue(tokens[i].Lower, out var m) ? m : 0;

    private static bool FullMonthName(string lower) => lower.Length >= 5 || lower is "may" or "june" or "july";

    private bool IsMonthAt(int i) => MonthAt(i) > 0;

    private bool IsWeekdayAt(int i) => WeekdayAt(i) > 0;

    /// <summary>A weekday written out ("Monday"; "Mon" is too often something else).</summary>
    private int WeekdayAt(int i) =>
        i < tokens.Count && tokens[i].IsWord && tokens[i].Lower.Length >= 6 && TimeWords.Weekdays.TryGetValue(tokens[i].Lower, out var d) ? d : 0;

    /// <summary>A four-digit year at token <paramref name="i"/>, or -1.</summary>
    private int YearAt(int i)
    {
        if (i >= tokens.Count || !tokens[i].IsNumber || tokens[i].Length != 4) return -1;
        var n = tokens[i].Number;
        if (n is < 1000 or > 2099) return -1;
        if (Joined(i + 1) && W(i + 1) is ":" or "s") return -1;
        return n;
    }

    /// <summary>The end of an ordinal suffix ("10th") after token <paramref name="i"/>.</summary>
    private int AfterOrdinal(int i) => Joined(i + 1) && TimeWords.OrdinalSuffixes.Contains(W(i + 1)) ? i + 2 : i + 1;

    /// <summary>"January 10", "Jan. 10, 2022", "July 1997", "January of 1998", "June".</summary>
    private TimeMatch? MonthDate(int i, int month)
    {
        var name = tokens[i].Lower;
        var full = FullMonthName(name);
        var j = full ? i + 1 : AfterDot(i);
        var day = Number(j);
        if (day is >= 1 and <= 31 && tokens[j].Length <= 2 && !(Joined(j + 1) && W(j + 1) is ":" or "."  && Number(j + 2) >= 0))
        {
            var k = AfterOrdinal(j);
            var yearAt = W(k) == "," ? k + 1 : k;
            if (YearAt(yearAt) is > 0 and var year && day <= DateTime.DaysInMonth(year, month))
                return Absolute(i, yearAt + 1, TimeValues.Day(new DateOnly(year, month, day)));
            return new TimeMatch(i, k, TimeType.Date, resolve.MonthDay(month, day, TenseOf(i, k)), TimeReading.Relative);
        }
        var y = W(j) is "," or "of" ? j + 1 : j;
        if (YearAt(y) is > 0 and var y4) return Absolute(i, y + 1, TimeValues.Month(y4, month));
        if (!full) return null;
        // "June last year", "January this year"
        if (Has(i + 1, "this", "last", "next") && W(i + 2) == "year")
        {
            var step = W(i + 1) == "last" ? -1 : W(i + 1) == "next" ? 1 : 0;
            var inYear = resolve.Reference is { } r ? TimeValues.Month(r.Year + step, month) : "XXXX-" + TimeValues.Two(month);
            return new TimeMatch(i, i + 3, TimeType.Date, inYear, TimeReading.Relative);
        }
        if (name is "may" or "march" && !CalendarCues.Contains(W(i - 1))) return null;
        return new TimeMatch(i, i + 1, TimeType.Date, resolve.Month(month, TenseOf(i, i + 1)), TimeReading.Relative);
    }

    /// <summary>"10 January 2022", "10th of January", "the 10th of January".</summary>
    private TimeMatch? DayMonth(int i)
    {
        var day = Number(i);
        if (day is < 1 or > 31 || tokens[i].Length > 2) return null;
        var j = AfterOrdinal(i);
        if (W(j) == "of") j++;
        if (MonthAt(j) is not (> 0 and var month) || !FullMonthName(W(j)) && W(j + 1) != ".") return null;
        var k = AfterDot(j);
        var yearAt = W(k) == "," ? k + 1 : k;
        if (YearAt(yearAt) is > 0 and var year && day <= DateTime.DaysInMonth(year, month))
            return Absolute(i, yearAt + 1, TimeValues.Day(new DateOnly(year, month, day)));
        return new TimeMatch(i, k, TimeType.Date, resolve.MonthDay(month, day, TenseOf(i, k)), TimeReading.Relative);
    }

    /// <summary>"2022-01-10", "1/10/2022" (month first, as US news writes it).</summary>
    private TimeMatch? NumericDate(int i)
    {
        var a = Number(i);
        if (tokens[i].Length == 4 && W(i + 1) == "-" && Joined(i + 1) && Number(i + 2) is >= 1 and <= 12 && W(i + 3) == "-" && Joined(i + 3)
            && Number(i + 4) is >= 1 and <= 31 && Joined(i + 4) && a is >= 1000 and <= 2099 && Number(i + 4) <= DateTime.DaysInMonth(a, Number(i + 2)))
            return Absolute(i, i + 5, TimeValues.Day(new DateOnly(a, Number(i + 2), Number(i + 4))));
        if (a is >= 1 and <= 12 && W(i + 1) == "/" && Joined(i + 1) && Number(i + 2) is >= 1 and <= 31 && W(i + 3) == "/" && Joined(i + 3) && Joined(i + 4))
        {
            var y = Number(i + 4);
            if (tokens.Count > i + 4 && tokens[i + 4].Length == 2) y += y < 50 ? 2000 : 1900;
            if (y is >= 1000 and <= 2099 && Number(i + 2) <= DateTime.DaysInMonth(y, a))
                return Absolute(i, i + 5, TimeValues.Day(new DateOnly(y, a, Number(i + 2))));
        }
        return null;
    }

    /// <summary>A year ("1997", but not "1,997", "$1997" or "2000 troops"), a decade ("1990s", "the 80s").</summary>
    private TimeMatch? YearLike(int i)
    {
        var t = tokens[i];
        if (t.Length == 4 && Joined(i + 1) && W(i + 1) == "s" && t.Number is >= 1000 and <= 2099)
            return Absolute(i, i + 2, TimeValues.Decade(t.Number));
        if (t.Length == 2 && Joined(i + 1) && W(i + 1) == "s" && t.Number % 10 == 0 && W(i - 1) is "the" or "-" or "mid" or "early" or "late")
            return Absolute(i, i + 2, TimeValues.Decade(1900 + t.Number));
        var year = YearAt(i);
        if (year < 0) return null;
        if (i > 0 && (W(i - 1) is "$" or "£" or "€" or "#" or "no" || (Joined(i) && W(i - 1) is "," or "." or "-" or "/"))) return null;
        if (Joined(i + 1) && W(i + 1) is "," or "." or "-" or "/" && Number(i + 2) >= 0 && (W(i + 1) != "-" || tokens[i + 2].Length != 2)) return null;
        if (W(i + 1) is "%" or "percent" || CountedNouns.Contains(W(i + 1)) || TimeWords.Zones.Contains(W(i + 1))) return null;
        if (CountHedges.Contains(W(i - 1)) && year >= 1900 && W(i - 2) != "in") return null;
        if (year < 1900 && !CalendarCues.Contains(W(i - 1))) return null;
        // "1997-98": a season spanning two years reads as its first.
        var end = W(i + 1) == "-" && Joined(i + 1) && Number(i + 2) >= 0 && tokens[i + 2].Length == 2 && Joined(i + 2) ? i + 3 : i + 1;
        return Absolute(i, end, TimeValues.Year(year));
    }

    /// <summary>"'90s".</summary>
    private TimeMatch? ShortDecade(int i)
    {
        if (!Joined(i + 1) || Number(i + 1) is not (>= 0 and var n) || tokens[i + 1].Length != 2 || !(Joined(i + 2) && W(i + 2) == "s") || n % 10 != 0)
            return null;
        return Absolute(i, i + 3, TimeValues.Decade((n >= 30 ? 1900 : 2000) + n));
    }

    /// <summary>"fiscal 1989", "fiscal year 1990", "fiscal 1990's first quarter".</summary>
    private TimeMatch? Fiscal(int i)
    {
        if (W(i) != "fiscal") return null;
        var j = W(i + 1) == "year" ? i + 2 : i + 1;
        if (YearAt(j) is > 0 and var year) return QuarterOfYear(i, j + 1, year) ?? Absolute(i, j + 1, TimeValues.Year(year));
        return OrdinalPeriod(i + 1) is { } period ? period.From(i) : null;
    }

    /// <summary>"1990's first quarter" after a year that ends at <paramref name="end"/>.</summary>
    private TimeMatch? QuarterOfYear(int first, int end, int year)
    {
        if (!(W(end) == "'" && W(end + 1) == "s")) return null;
        var q = OrdinalQuarter(end + 2, out var qEnd);
        return q > 0 ? Absolute(first, qEnd, TimeValues.Quarter(year, q)) : null;
    }

    /// <summary>"third quarter", "third-quarter", "first half", "the fourth quarter of 1990"; with no year, the quarter the tense points to.</summary>
    private TimeMatch? OrdinalPeriod(int i)
    {
        var j = W(i) == "fiscal" ? i + 1 : i;
        var q = OrdinalQuarter(j, out var end);
        var half = 0;
        if (q == 0)
        {
            var n = OrdinalAt(j, out var after);
            if (n is 1 or 2 && W(after == j + 1 && W(after) == "-" ? after + 1 : after) == "half")
            {
                half = n;
                end = (W(after) == "-" ? after + 1 : after) + 1;
            }
            else return null;
        }
        if (W(end) == "of")
        {
            if (YearAt(end + 1) is > 0 and var year)
                return Absolute(i, end + 2, q > 0 ? TimeValues.Quarter(year, q) : TimeValues.Half(year, half));
            if (Has(end + 1, "this", "last", "next") && W(end + 2) == "year")
            {
                var y = resolve.Year(W(end + 1) == "last" ? -1 : W(end + 1) == "next" ? 1 : 0);
                return new TimeMatch(i, end + 3, TimeType.Date, y + (q > 0 ? "-Q" + q : "-H" + half), TimeReading.Relative);
            }
        }
        if (half > 0)
            return new TimeMatch(i, end, TimeType.Date, resolve.Year(0) + "-H" + half, TimeReading.Relative);
        return new TimeMatch(i, end, TimeType.Date, resolve.Quarter(q, TenseOf(i, end)), TimeReading.Relative);
    }

    /// <summary>The quarter an ordinal names at <paramref name="i"/> ("third quarter", "3rd-quarter"), 0 if none.</summary>
    private int OrdinalQuarter(int i, out int end)
    {
        end = i;
        var n = OrdinalAt(i, out var after);
        if (n is < 1 or > 4) return 0;
        if (W(after) == "-") after++;
        if (W(after) != "quarter") return 0;
        end = after + 1;
        return n;
    }

    private int OrdinalAt(int i, out int end)
    {
        end = i + 1;
        if (i >= tokens.Count) return 0;
        if (TimeWords.Ordinals.TryGetValue(W(i), out var n)) return n;
        if (tokens[i].IsNumber && tokens[i].Length <= 2 && Joined(i + 1) && TimeWords.OrdinalSuffixes.Contains(W(i + 1)))
        {
            end = i + 2;
            return tokens[i].Number;
        }
        return 0;
    }

    /// <summary>"Q3", "Q3 2022".</summary>
    private TimeMatch? QuarterCode(int i)
    {
        if (W(i) != "q" || !tokens[i].Capitalized || !Joined(i + 1) || Number(i + 1) is not (>= 1 and <= 4 and var q) || tokens[i + 1].Length != 1) return null;
        if (YearAt(i + 2) is > 0 and var year) return Absolute(i, i + 3, TimeValues.Quarter(year, q));
        return new TimeMatch(i, i + 2, TimeType.Date, resolve.Quarter(q, TenseOf(i, i + 2)), TimeReading.Relative);
    }

    /// <summary>"the 20th century", "the twentieth century".</summary>
    private TimeMatch? CenturyOrdinal(int i)
    {
        var n = OrdinalAt(i, out var end);
        if (n is < 1 or > 21 || W(end) is not "century") return null;
        return Absolute(i, end + 1, TimeValues.Two(n - 1));
    }

    /// <summary>"summer 1997", "the summer of 1997", "in the fall" (a season name alone needs a word before it that makes it one).</summary>
    private TimeMatch? SeasonDate(int i)
    {
        if (!TimeWords.Seasons.TryGetValue(W(i), out var season)) return null;
        var j = W(i + 1) == "of" ? i + 2 : i + 1;
        if (YearAt(j) is > 0 and var year) return Absolute(i, j + 1, TimeValues.Season(year, season));
        if (!CalendarCues.Contains(W(i - 1)) || W(i + 1) == "of" || W(i - 1) is "this" or "last" or "next") return null;
        if (W(i + 1) is "-" or "'" || TimeWords.Seasons.ContainsKey(W(i + 1))) return null;
        return new TimeMatch(i, i + 1, TimeType.Date, resolve.Season(season, TenseOf(i, i + 1)), TimeReading.Relative);
    }

    /// <summary>Holidays with a fixed or computable date: "Christmas", "Thanksgiving Day", "New Year's Eve".</summary>
    private TimeMatch? Holiday(int i)
    {
        if (!tokens[i].Capitalized) return null;
        Func<int, DateOnly>? date = null;
        var end = i + 1;
        switch (W(i))
        {
            case "christmas":
                date = W(i + 1) == "eve" ? y => new DateOnly(y, 12, 24) : y => new DateOnly(y, 12, 25);
                if (W(i + 1) is "eve" or "day") end++;
                break;
            case "thanksgiving":
                date = y => NthWeekday(y, 11, DayOfWeek.Thursday, 4);
                if (W(i + 1) == "day") end++;
                break;
            case "halloween":
                date = y => new DateOnly(y, 10, 31);
                break;
            case "new" when W(i + 1) == "year" && W(i + 2) == "'" && W(i + 3) == "s" && W(i + 4) is "day" or "eve":
                date = W(i + 4) == "eve" ? y => new DateOnly(y, 12, 31) : y => new DateOnly(y, 1, 1);
                end = i + 5;
                break;
        }
        if (date is null) return null;
        if (YearAt(end) is > 0 and var year) return Absolute(i, end + 1, TimeValues.Day(date(year)));
        return new TimeMatch(i, end, TimeType.Date, resolve.Yearly(date, TenseOf(i, end)), TimeReading.Relative);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    /// <summary>"nineteen ninety-six", "two thousand", "the year two thousand and one" (years read aloud in transcripts).</summary>
    private TimeMatch? SpelledYear(int i)
    {
        var j = i;
        if (W(i) == "year" && W(i - 1) == "the") j = i + 1;
        if (W(j) == "nineteen" && NumberWords(j + 1, out var end) is >= 10 and <= 99 and var rest)
            return Absolute(i, end, TimeValues.Year(1900 + rest));
        if (W(j) == "two" && W(j + 1) == "thousand")
        {
            var k = W(j + 2) == "and" ? j + 3 : j + 2;
            return NumberWords(k, out var e) is >= 1 and <= 99 and var n ? Absolute(i, e, TimeValues.Year(2000 + n))
                : j == i && !IsYearContext(i) ? null : Absolute(i, j + 2, "2000");
        }
        return null;
    }

    private bool IsYearContext(int i) => W(i - 1) is "in" or "since" or "until" or "by" or "of" or "year";

    /// <summary>A number written in words at <paramref name="i"/> ("eight", "twenty four", "ninety-six"), -1 if none.</summary>
    private int NumberWords(int i, out int end)
    {
        end = i;
        if (!TimeWords.Numbers.TryGetValue(W(i), out var n)) return -1;
        end = i + 1;
        if (n >= 20 && n % 10 == 0)
        {
            var k = W(i + 1) == "-" ? i + 2 : i + 1;
            if (TimeWords.Numbers.TryGetValue(W(k), out var unit) && unit < 10)
            {
                n += unit;
                end = k + 1;
            }
        }
        return n;
    }

    /// <summary>"Monday", "Sunday evening", "Monday, Jan. 10", "Monday at 10 a.m.".</summary>
    private TimeMatch? WeekdayDate(int i)
    {
        var day = WeekdayAt(i);
        var j = i + 1;
        if (W(j) == "," && MonthAt(j + 1) > 0 && MonthDate(j + 1, MonthAt(j + 1)) is { } dated && dated.Value.Length == 10)
            return dated.From(i);
        if (MonthAt(j) > 0 && MonthDate(j, MonthAt(j)) is { } dated2 && dated2.Value.Length == 10) return dated2.From(i);
        if (TimeWords.PartsOfDay.TryGetValue(W(j), out var part) && W(j) != "overnight")
            return new TimeMatch(i, j + 1, TimeType.Time, resolve.Weekday(day, TenseOf(i, j + 1), part), TimeReading.Relative);
        var date = resolve.Weekday(day, W(j) == "'" && W(j + 1) == "s" ? Tense.None : TenseOf(i, j));
        var at = W(j) == "at" ? j + 1 : j;
        if (at != j && ClockAt(at, out var clockEnd, cued: true) is { } clock)
            return new TimeMatch(i, clockEnd, TimeType.Time, date + clock, TimeReading.Relative);
        return new TimeMatch(i, j, TimeType.Date, date, TimeReading.Relative);
    }

    private static TimeMatch Absolute(int first, int end, string value) => new(first, end, TimeType.Date, value, TimeReading.Absolute);
}
