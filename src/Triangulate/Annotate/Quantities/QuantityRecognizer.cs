using Triangulate.Model;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// Finds the quantities of one article: each number (<see cref="NumberReader"/>) that counts something
/// (<see cref="NonQuantities"/> leaves out years, dates, times and labels), with its hedge
/// (<see cref="Hedges"/>), and what it counts: a percent sign, a currency, the unit of a hyphenated
/// compound ("eight-hour-long" → "hour"), or the noun after it (<see cref="CountedNounReader"/>; the
/// one noun after "100,000-strong", which counts the force it names).
/// Sentence by sentence, so no number reaches across a sentence end.
/// </summary>
public static class QuantityRecognizer
{
    private static readonly HashSet<string> CompoundTails = new(StringComparer.Ordinal)
    {
        "long", "old", "wide", "high", "deep", "tall", "thick", "strong", "plus",
    };

    public static IReadOnlyList<Quantity> Recognize(string body, IReadOnlyList<Sentence> sentences)
    {
        var found = new List<Quantity>();
        foreach (var sentence in sentences)
        {
            var view = new TokenView(body, sentence.Range);
            for (var i = 0; i < view.Count; i++)
            {
                if (NumberReader.Read(view, i) is not { } number) continue;
                i = number.Last;
                if (NonQuantities.Excludes(view, number)) continue;
                var (quantity, last) = Build(view, number);
                if (NonQuantities.IsTimeAgo(view, last)) { i = last; continue; }
                found.Add(quantity);
                i = last;
            }
        }
        return found;
    }

    /// <summary>The quantity of a number and the last word it covers.</summary>
    private static (Quantity Quantity, int Last) Build(TokenView view, NumberMatch number)
    {
        var start = view.Range(number.First).Start;
        var approx = number.Vague ? Approximation.Order : Approximation.Exact;
        var sign = Money.SignBefore(view, number.First);
        if (sign is { } s) start = s.Offset;
        if (Hedges.EndingBefore(view, number.First) is { } hedge)
        {
            start = view.Range(hedge.First).Start;
            if (!number.Vague) approx = hedge.Approx;
        }
        var last = number.Last;
        var end = view.Range(last).End;
        string? noun = sign?.Currency;
        var strength = false;

        if (Percent(view, last) is { } percent)
        {
            (last, end, noun) = (percent.Last, percent.End, "percent");
            return (new Quantity(new TextRange(start, end), number.Value, approx, noun), last);
        }
        if (Hedges.StartingAt(view, last + 1) is { } after)
        {
            last = after.Last;
            end = view.Range(last).End;
            if (!number.Vague) approx = after.Approx;
        }
        if (noun is null && view.Before(last + 1) == "-" && view.IsLetters(last + 1) && !NumberWords.IsNumberWord(view.Norm(last + 1)))
        {
            var unit = last + 1;
            last = unit;
            var tail = "";
            while (view.Before(last + 1) == "-" && CompoundTails.Contains(view.Norm(last + 1))) tail = view.Norm(++last);
            if (CompoundTails.Contains(view.Norm(unit))) (tail, unit) = (view.Norm(unit), -1);
            if (tail == "plus") approx = Approximation.MoreThan;
            end = view.Range(last).End;
            strength = tail == "strong";
            if (unit >= 0 && !strength)
                return (new Quantity(new TextRange(start, end), number.Value, approx, tail == "old" ? view.Norm(unit) + "-old" : view.Norm(unit)), last);
        }
        if (noun is null && CountedNounReader.Read(view, last + 1, afterOf: number.Vague, singular: strength || (number.Value == 1 && !number.Vague)) is { } head)
        {
            noun = view.Norm(head);
            end = view.Range(head).End;
            last = head;
        }
        return (new Quantity(new TextRange(start, end), number.Value, approx, noun), last);
    }

    /// <summary>"5%", "5 %", "5 percent", "5 per cent", "5 percentage points": the last word and end offset.</summary>
    private static (int Last, int End)? Percent(TokenView view, int last)
    {
        var after = view.After(last);
        var sign = after.IndexOf('%', StringComparison.Ordinal);
        if (sign >= 0 && after[..sign].All(char.IsWhiteSpace)) return (last, view.Range(last).End + sign + 1);
        if (!view.SpacedBefore(last + 1)) return null;
        return view.Norm(last + 1) switch
        {
            "percent" or "pct" => (last + 1, view.Range(last + 1).End),
            "per" when view.Norm(last + 2) == "cent" && view.SpacedBefore(last + 2) => (last + 2, view.Range(last + 2).End),
            "percentage" when view.Norm(last + 2) == "points" && view.SpacedBefore(last + 2) => (last + 2, view.Range(last + 2).End),
            _ => null,
        };
    }
}
