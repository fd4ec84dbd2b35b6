using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// Reads the number that starts at a word: figures with comma, space or point groups ("13,000",
/// "100 000", "1.5"), a scale after them ("1.5 million"), number words ("seven", "twenty-five", "two
/// hundred", "a dozen"), and vague magnitudes ("dozens", "thousands", "tens of thousands", "several
/// hundred"). Says nothing yet about whether the number counts anything.
/// </summary>
internal static partial class NumberReader
{
    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex CommaGrouped();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn|trn)$")]
    private static partial Regex MoneyAbbreviated();

    [GeneratedRegex(@"^\d{3}$")]
    private static partial Regex ThreeDigits();

    public static NumberMatch? Read(TokenView view, int at)
    {
        var norm = view.Norm(at);
        if (norm.Length == 0) return null;
        return char.IsDigit(norm[0]) ? ReadFigures(view, at) : ReadWords(view, at);
    }

    private static NumberMatch? ReadFigures(TokenView view, int at)
    {
        var norm = view.Norm(at);
        double value;
        var last = at;
        var grouped = false;
        if (CommaGrouped().IsMatch(norm))
        {
            value = Parse(norm.Replace(",", "", StringComparison.Ordinal));
            grouped = true;
        }
        else if (Plain().IsMatch(norm))
        {
            var text = norm;
            // "100 000": groups of three figures after one to three, separated by a single space.
            if (norm.Length <= 3)
                while (ThreeDigits().IsMatch(view.Norm(last + 1)) && view.After(last).Length == 1 && char.IsWhiteSpace(view.After(last)[0]))
                {
                    text += view.Norm(++last);
                    grouped = true;
                }
            value = Parse(text);
        }
        else if (Money.SignBefore(view, at) is not null && MoneyAbbreviated().Match(norm) is { Success: true } money)
            value = Parse(money.Groups[1].Value) * Money.Multiplier(money.Groups[2].Value);
        else return null;
        while (view.SpacedBefore(last + 1) && NumberWords.IsScale(view.Norm(last + 1)))
            value *= NumberWords.ScaleValue(view.Norm(++last));
        return new NumberMatch(at, last, value, Vague: false, Digits: true, grouped);
    }

    private static NumberMatch? ReadWords(TokenView view, int at)
    {
        var norm = view.Norm(at);
        if (Vague(view, at) is { } vague) return vague;
        var first = at;
        if (norm is "a" or "an")
        {
            if (!view.SpacedBefore(at + 1) || !(NumberWords.IsScale(view.Norm(at + 1)) || view.Norm(at + 1) == "dozen")) return null;
            at++;
        }
        else if (!NumberWords.IsSmall(norm)) return null;

        double total = 0, current = 0;
        var last = first - 1;
        for (var i = at; i < view.Count; i++)
        {
            if (i > at && !(view.SpacedBefore(i) || view.Before(i) == "-")) break;
            var w = view.Norm(i);
            if (w == "and" && i + 1 < view.Count && NumberWords.IsSmall(view.Norm(i + 1)) && current >= 100) continue;
            if (NumberWords.IsSmall(w)) current += NumberWords.SmallValue(w);
            else if (w == "hundred") current = Math.Max(current, 1) * 100;
            else if (w == "dozen") current = Math.Max(current, 1) * 12;
            else if (NumberWords.IsScale(w)) { total += Math.Max(current, 1) * NumberWords.ScaleValue(w); current = 0; }
            else break;
            last = i;
        }
        if (last < at) return null;
        return new NumberMatch(first, last, total + current, Vague: false, Digits: false, Grouped: false);
    }

    /// <summary>"thousands", "tens of thousands", "hundreds of millions", "several hundred", "a few thousand", "dozens".</summary>
    private static NumberMatch? Vague(TokenView view, int at)
    {
        var norm = view.Norm(at);
        if (norm is "tens" or "hundreds" && view.Norm(at + 1) == "of" && view.SpacedBefore(at + 1) && view.SpacedBefore(at + 2)
            && NumberWords.IsVagueMagnitude(view.Norm(at + 2)) && view.Norm(at + 2) != "dozens")
            return new NumberMatch(at, at + 2, (norm == "tens" ? 10 : 100) * NumberWords.VagueValue(view.Norm(at + 2)), true, false, false);
        if (NumberWords.IsVagueMagnitude(norm))
            return new NumberMatch(at, at, NumberWords.VagueValue(norm), true, false, false);
        var next = at + 1;
        if (norm == "a" && view.Norm(next) is "few" or "couple") next++;
        else if (!NumberWords.IsVagueCount(norm)) return null;
        if (view.Norm(next) == "of") next++;
        if (next < view.Count && view.SpacedBefore(next) && NumberWords.IsScale(view.Norm(next)))
            return new NumberMatch(at, next, NumberWords.ScaleValue(view.Norm(next)), true, false, false);
        return null;
    }

    private static double Parse(string figures) => double.Parse(figures, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
