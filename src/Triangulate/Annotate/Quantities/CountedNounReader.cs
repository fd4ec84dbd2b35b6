using Triangulate.Text;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// What a number counts: the head of the noun phrase right after it. Without a parser the phrase is
/// the run of up to four content words after the number (after "of" for "thousands of"), ending at a
/// function word, a preposition, another number or punctuation; its head is the first plural noun and
/// any plural nouns right after it ("100,000 Russian troops" → "troops", "50 police officers" →
/// "officers"), since a count above one takes a plural. For one ("one soldier") it is the first word.
/// </summary>
internal static class CountedNounReader
{
    private const int MaxPhraseWords = 4;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "towards", "toward", "near", "across", "along", "amid", "amidst", "among", "around", "behind", "beside", "beyond",
        "inside", "outside", "per", "via", "onto", "like", "unlike", "despite", "including", "plus", "minus", "ago",
        "later", "earlier", "apiece", "versus", "away", "long", "old", "ahead",
    };

    /// <summary>Plurals without a final -s, and nouns that count as they are.</summary>
    private static readonly HashSet<string> Plurals = new(StringComparer.Ordinal)
    {
        "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "fish", "deer", "aircraft",
        "feet", "teeth", "mice", "geese", "crew", "militia", "livestock", "offspring", "km", "kg", "mph", "cm", "mm", "ft",
    };

    /// <summary>The word index of the counted noun in the phrase starting at <paramref name="at"/>, or null.</summary>
    public static int? Read(TokenView view, int at, bool afterOf, bool singular)
    {
        if (!view.SpacedBefore(at)) return null;
        if (view.Norm(at) == "of")
        {
            if (!afterOf || !view.SpacedBefore(at + 1)) return null;
            at++;
        }
        var phrase = new List<int>();
        for (var i = at; i < view.Count && phrase.Count < MaxPhraseWords; i++)
        {
            if (i > at && !(view.SpacedBefore(i) || view.Before(i) == "-")) break;
            var w = view.Norm(i);
            if (!view.IsLetters(i) || StopWords.Contains(w) || Prepositions.Contains(w) || NumberWords.IsNumberWord(w) || Hedges.IsHedgeWord(w)) break;
            phrase.Add(i);
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith('\'')) break;
        }
        if (phrase.Count == 0) return null;
        if (singular) return view.IsCapitalised(phrase[0]) ? null : phrase[0];
        var head = phrase.FindIndex(i => IsPlural(view, i));
        if (head < 0) return null;
        while (head + 1 < phrase.Count && IsPlural(view, phrase[head + 1]) && !view.IsCapitalised(phrase[head + 1])) head++;
        return phrase[head];
    }

    private static bool IsPlural(TokenView view, int i)
    {
        var w = view.Norm(i);
        if (Plurals.Contains(w)) return true;
        return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal);
    }
}
