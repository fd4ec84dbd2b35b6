using Triangulate.Model;

namespace Triangulate.Annotate.Times;

/// <summary>Rules for clock times: "8:55 a.m.", "10 p.m. GMT", "noon", "10 a.m. Monday", "4 in the morning".</summary>
internal sealed partial class TimeScanner
{
    /// <summary>Words before a bare "8:55" that make it a time rather than a score or a ratio.</summary>
    private static readonly HashSet<string> ClockCues = ["at", "by", "until", "till", "from", "since", "before", "after", "around", "about", "to", "-", "between", "and", "approximately"];

    private TimeMatch? Clock(int i)
    {
        if (ClockAt(i, out var end, ClockCues.Contains(W(i - 1))) is not { } clock) return null;
        var j = W(end) is "on" or "," ? end + 1 : end;
        if (DateForClock(j) is { } date) return new TimeMatch(i, date.End, TimeType.Time, date.Value + clock, date.Reading);
        return new TimeMatch(i, end, TimeType.Time, resolve.Today() + clock, TimeReading.Relative);
    }

    /// <summary>A day a clock time can be set on: a weekday, a dated day, today, tomorrow, yesterday.</summary>
    private TimeMatch? DateForClock(int i)
    {
        TimeMatch? date = null;
        if (IsWeekdayAt(i)) date = new TimeMatch(i, i + 1, TimeType.Date, resolve.Weekday(WeekdayAt(i), TenseOf(i, i + 1)), TimeReading.Relative);
        else if (MonthAt(i) is > 0 and var month) date = MonthDate(i, month);
        else if (W(i) is "today" or "tomorrow" or "yesterday")
            date = new TimeMatch(i, i + 1, TimeType.Date, resolve.Shift(TimeUnit.Day, W(i) == "today" ? 0 : W(i) == "tomorrow" ? 1 : -1), TimeReading.Relative);
        return date is { } d && d.Value.Length == 10 ? d : null;
    }

    /// <summary>"Thh:mm" for a clock time at <paramref name="i"/>, or null; a bare "8:55" counts only when <paramref name="cued"/>.</summary>
    private string? ClockAt(int i, out int end, bool cued)
    {
        end = i;
        if (W(i) == "noon" || W(i) == "midday")
        {
            end = i + 1;
            return TimeValues.Clock(12, 0);
        }
        if (W(i) == "midnight")
        {
            end = i + 1;
            return TimeValues.Clock(24, 0);
        }
        var hour = Number(i);
        if (hour < 0 || tokens[i].Length > 2 || hour > 24) return null;
        var minute = 0;
        var k = i + 1;
        var hasMinutes = W(k) is ":" or "." && Joined(k) && Joined(k + 1) && Number(k + 1) is >= 0 and <= 59 && tokens[k + 1].Length == 2;
        if (hasMinutes)
        {
            minute = Number(k + 1);
            k += 2;
        }
        var meridiem = Meridiem(k, out var afterMeridiem);
        if (meridiem is not null)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (meridiem == "p" ? 12 : 0);
            k = afterMeridiem;
        }
        else if (W(k) == "o" && W(k + 1) == "'" && W(k + 2) == "clock" && hour <= 12) k += 3;
        else if (!hasMinutes || W(k - 2) == "." || !cued && !TimeWords.Zones.Contains(W(k))) return null;
        if (TimeWords.Zones.Contains(W(k))) k++;
        if (W(k) == "in" && W(k + 1) == "the" && TimeWords.PartsOfDay.TryGetValue(W(k + 2), out var part))
        {
            if (part != "MO" && hour < 12) hour += 12;
            k += 3;
        }
        end = k;
        return hour > 24 ? null : TimeValues.Clock(hour, minute);
    }

    /// <summary>"a.m.", "am", "p.m", "PM" at <paramref name="i"/>: "a" or "p", or null.</summary>
    private string? Meridiem(int i, out int end)
    {
        end = i;
        var w = W(i);
        if (w is "am" or "pm")
        {
            end = i + 1;
            return w[..1];
        }
        if (w is "a" or "p" && W(i + 1) == "." && Joined(i + 1) && W(i + 2) == "m" && Joined(i + 2))
        {
            end = W(i + 3) == "." && Joined(i + 3) ? i + 4 : i + 3;
            return w;
        }
        return null;
    }
}
