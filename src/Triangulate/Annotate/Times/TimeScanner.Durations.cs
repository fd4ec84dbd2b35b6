using Triangulate.Model;

namespace Triangulate.Annotate.Times;

/// <summary>Rules for lengths of time ("eight hours", "the past two months", "a five-year plan", "several years"), dates counted back ("three years ago") and recurrences ("every Monday", "daily", "$5 a year").</summary>
internal sealed partial class TimeScanner
{
    private static readonly HashSet<string> Positions = ["first", "last", "past", "next", "coming", "previous", "final", "initial", "following"];

    /// <summary>Words just before "a year" that make it a rate ("$5 million a year", "twice a week").</summary>
    private static readonly HashSet<string> Amounts =
    [
        "%", "percent", "million", "billion", "trillion", "thousand", "hundred", "dozen", "times", "twice", "once", "thrice",
        "dollars", "cents", "pounds", "euros", "tons", "barrels", "miles", "people", "hours", "days",
    ];

    private static readonly Dictionary<string, TimeUnit> Recurrences = new()
    {
        ["hourly"] = TimeUnit.Hour, ["daily"] = TimeUnit.Day, ["nightly"] = TimeUnit.Day, ["weekly"] = TimeUnit.Week,
        ["monthly"] = TimeUnit.Month, ["yearly"] = TimeUnit.Year, ["annually"] = TimeUnit.Year,
    };

    private TimeMatch? Duration(int i)
    {
        var j = i;
        if (TimeWords.Approximators.Contains(W(j)) && W(j) != "some") j++;
        else if (W(j) is "more" or "less" && W(j + 1) == "than" || W(j) == "at" && W(j + 1) == "least") j += 2;
        var hedged = j > i;
        if (W(j) == "the") j++;
        var positioned = Positions.Contains(W(j));
        if (positioned) j++;
        if (!positioned && j > i && W(j - 1) == "the" && W(i) != "the") return null;
        var some = W(j) == "a" && W(j + 1) is "few" or "couple";
        double? count = null;
        var k = j + 2;
        if (!some) count = NumberAt(j, out k);
        if (count is null && !TimeWords.VagueNumbers.Contains(W(j)) && !some)
            return positioned || hedged || W(j - 1) == "the" ? null : BarePlural(i);
        if (count is null && !some) k = j + 1;
        if (W(k - 1) == "couple")
        {
            count = 2;
            if (W(k) == "of") k++;
        }
        var vague = count is null;
        var article = !vague && !some && W(j) is "a" or "an";
        if (!vague && W(k) == "and" && W(k + 1) == "a" && W(k + 2) == "half")
        {
            count += 0.5;
            k += 3;
        }
        var hyphen = W(k) == "-";
        if (hyphen) k++;
        if (!TimeWords.Units.TryGetValue(W(k), out var unit)) return null;
        var plural = W(k).EndsWith('s');
        if (article && plural || count >= 1000 || W(k) == "second" && article) return null;
        if (vague && !plural) return null;
        var end = k + 1;
        // Ages ("a 55-year-old", "55 years old") are not times.
        if (W(end) == "-" && W(end + 1) == "old" || W(end) == "old" || W(end) == "-" && W(end + 1) == "olds") return null;
        if (article && !positioned && Amounts.Contains(W(i - 1))) return null;
        if (W(end) == "and" && W(end + 1) == "a" && W(end + 2) == "half" && count is { } whole)
        {
            count = whole + 0.5;
            end += 3;
        }
        if (W(end) == "-" && W(end + 1) == "long") end += 2;
        if (W(end) is "ago" or "earlier" && !positioned) return Ago(i, end + 1, count, unit, -1);
        if (W(end) == "from" && W(end + 1) == "now" && !positioned) return Ago(i, end + 2, count, unit, 1);
        var first = (W(i) == "the" && !hyphen) || hedged || positioned ? i : j;
        return new TimeMatch(first, end, TimeType.Duration, TimeValues.Duration(count, unit), TimeReading.Free);
    }

    /// <summary>"for years", "over months": a plural unit alone after a preposition of extent.</summary>
    private TimeMatch? BarePlural(int i)
    {
        if (!PluralUnitAt(i) || W(i - 1) is not ("for" or "over" or "within")) return null;
        TimeWords.Units.TryGetValue(W(i), out var unit);
        return new TimeMatch(i, i + 1, TimeType.Duration, TimeValues.Duration(null, unit), TimeReading.Free);
    }

    /// <summary>A count at <paramref name="i"/>: digits ("24", "1.5"), words ("eight", "twenty four"), "a", "an", "half a".</summary>
    private double? NumberAt(int i, out int end)
    {
        end = i + 1;
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        if (t.IsNumber)
        {
            if (t.Length > 4 || Joined(i) && W(i - 1) is "," or "." or "$") return null;
            if (W(i + 1) == "." && Joined(i + 1) && Joined(i + 2) && Number(i + 2) >= 0)
            {
                end = i + 3;
                return double.Parse(t.Lower + "." + W(i + 2), System.Globalization.CultureInfo.InvariantCulture);
            }
            // "2 1/2 years"
            if (Number(i + 1) == 1 && W(i + 2) == "/" && Joined(i + 2) && Number(i + 3) == 2 && Joined(i + 3))
            {
                end = i + 4;
                return t.Number + 0.5;
            }
            return t.Number;
        }
        if (W(i) is "a" or "an") return 1;
        if (W(i) == "half" && W(i + 1) is "a" or "an")
        {
            end = i + 2;
            return 0.5;
        }
        return NumberWords(i, out end) is > 0 and var n ? n : null;
    }

    /// <summary>"three years ago" is a date: the unit holding the reference date, moved back; "years ago" is just the past.</summary>
    private TimeMatch Ago(int first, int end, double? count, TimeUnit unit, int sign)
    {
        if (count is not { } c || c != Math.Floor(c))
            return new TimeMatch(first, end, TimeType.Date, sign < 0 ? TimeValues.PastRef : TimeValues.FutureRef, TimeReading.Free);
        var n = (int)c * sign;
        var value = unit switch
        {
            TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => resolve.Shift(TimeUnit.Day, 0),
            TimeUnit.Decade => resolve.Year(10 * n),
            TimeUnit.Century => resolve.Year(100 * n),
            TimeUnit.Weekend => resolve.Shift(TimeUnit.Weekend, n),
            // "a year ago" in a sentence about a quarter means that quarter a year back, as earnings reports use it.
            TimeUnit.Year when sign < 0 && SentenceHas(first, "quarter") => resolve.LastQuarter(-n),
            _ => resolve.Shift(unit, n),
        };
        return new TimeMatch(first, end, TimeType.Date, value, TimeReading.Relative);
    }

    private TimeMatch? Set(int i)
    {
        var w = W(i);
        if (Recurrences.TryGetValue(w, out var every)) return Recurrence(i, i + 1, TimeValues.Every(every));
        if (TimeWords.WeekdayPlurals.TryGetValue(w, out var days) && tokens[i].Capitalized) return Recurrence(i, i + 1, "XXXX-WXX-" + days);
        if (w is "every" or "each")
        {
            var j = i + 1;
            if (WeekdayAt(j) is > 0 and var day) return Recurrence(i, j + 1, "XXXX-WXX-" + day);
            if (TimeWords.PartsOfDay.TryGetValue(W(j), out var part)) return Recurrence(i, j + 1, "XXXX-XX-XXT" + part);
            double count = 1;
            if (W(j) == "other")
            {
                count = 2;
                j++;
            }
            else if (NumberAt(j, out var after) is { } n && W(j) is not ("a" or "an"))
            {
                count = n;
                j = after;
            }
            if (!TimeWords.Units.TryGetValue(W(j), out var unit)) return null;
            return Recurrence(i, j + 1, unit == TimeUnit.Weekend ? "XXXX-WXX-WE" : TimeValues.Duration(count, unit));
        }
        if ((w == "per" || w is "a" or "an" && Amounts.Contains(W(i - 1)) || w is "a" or "an" && Number(i - 1) >= 0)
            && SingularUnitOrTimeAt(i + 1, out var rate) && W(i + 2) is not ("ago" or "earlier" or "later" or "before" or "from"))
            return Recurrence(i, i + 2, TimeValues.Every(rate));
        return null;
    }

    private bool SingularUnitOrTimeAt(int i, out TimeUnit unit) =>
        TimeWords.Units.TryGetValue(W(i), out unit) && !W(i).EndsWith('s') && unit != TimeUnit.Weekend;

    private static TimeMatch Recurrence(int first, int end, string value) => new(first, end, TimeType.Set, value, TimeReading.Free);
}
