using System.Globalization;
using Triangulate.Ingest.Metadata;
using Triangulate.Text;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// Numbers that count nothing: years ("in 2014", "its 1997 borders"), dates ("January 10", "10
/// January"), times of day ("8:55 a.m.", "07:55 GMT"), labels and names ("Nord Stream 2", "Article 5",
/// "version 2.0", "COVID-19", "24/7"), ages after a name ("Mykhailo, 29,"), list numbers ("1." at a
/// sentence start), "one" used as a pronoun ("an absolute one", "one of them"), and a time counted
/// back or on ("three years ago", "two days later").
/// </summary>
internal static class NonQuantities
{
    private const int FirstYear = 1500, LastYear = 2100;

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "ist", "msk", "hrs",
    };

    private static readonly HashSet<string> LabelWords = new(StringComparer.Ordinal)
    {
        "version", "no", "number", "article", "section", "chapter", "page", "paragraph", "room", "flight", "route", "resolution",
        "item", "phase", "level", "grade", "category", "stage", "round", "gate", "platform", "line", "aged", "age", "model", "episode",
    };

    private static readonly HashSet<string> PronounOneBefore = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "no", "each", "every", "any", "another", "which", "someone", "absolute",
    };

    public static bool Excludes(TokenView view, NumberMatch number)
    {
        var before = number.First > 0 ? view.Before(number.First) : "";
        var after = view.After(number.Last);
        var previous = view.Norm(number.First - 1);
        var next = view.Norm(number.Last + 1);
        if (IsMonth(view, number.First - 1) && (TokenView.IsSpaces(before) || before == ". ")) return true;
        if (IsMonth(view, number.Last + 1) && TokenView.IsSpaces(after)) return true;
        if (TimeWords.Contains(next) && TokenView.IsSpaces(after)) return true;
        if (!number.Digits) return number.Value == 1 && view.Norm(number.First) == "one" && IsPronounOne(view, number);

        if (number.First == number.Last && !number.Grouped && IsYear(view.Norm(number.First))) return true;
        if (after.StartsWith(':') || after.StartsWith('/') || (after == "-" && char.IsDigit(next.FirstOrDefault()))) return true;
        if (before.EndsWith(':') || before.EndsWith('#') || ((before == "-" || before == "/") && number.First > 0)) return true;
        if (LabelWords.Contains(previous) && TokenView.IsSpaces(before)) return true;
        if (view.IsCapitalised(number.First - 1) && TokenView.IsSpaces(before) && !StopWords.Contains(previous)
            && !Hedges.IsHedgeWord(previous) && !previous.EndsWith("'s", StringComparison.Ordinal)) return true;
        if (before == ", " && view.IsCapitalised(number.First - 1) && after.StartsWith(',')) return true;
        if (number.First == 0 && (after.StartsWith('.') || after.StartsWith(')'))) return true;
        return before.EndsWith('(') && after.StartsWith(')');
    }

    /// <summary>A capitalised month name or abbreviation ("May" the month, not "may" the verb).</summary>
    private static bool IsMonth(TokenView view, int i) => view.IsCapitalised(i) && MonthNames.Number(view.Norm(i)) is not null;

    /// <summary>"one" counts something only as "one day", "one soldier": a noun follows and no determiner precedes.</summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    };

    /// <summary>"three years ago", "two days later": a time, not an amount, when the quantity ends in a time unit.</summary>
    public static bool IsTimeAgo(TokenView view, int last) =>
        TimeUnits.Contains(view.Norm(last)) && view.SpacedBefore(last + 1) && view.Norm(last + 1) is "ago" or "later" or "earlier";

    /// <summary>Four figures from 1500 to 2100, no separator: how news prose writes a year.</summary>
    public static bool IsYear(string norm) =>
        norm.Length == 4 && norm.All(char.IsAsciiDigit) && int.Parse(norm, CultureInfo.InvariantCulture) is >= FirstYear and <= LastYear;

    private static bool IsPronounOne(TokenView view, NumberMatch number)
    {
        var next = number.Last + 1;
        if (!view.SpacedBefore(next) || view.IsCapitalised(next) || !view.IsLetters(next)) return true;
        var word = view.Norm(next);
        if (StopWords.Contains(word) || word is "another" or "way" or "day's") return true;
        return PronounOneBefore.Contains(view.Norm(number.First - 1));
    }
}
