using Triangulate.Model;

namespace Triangulate.Annotate.Times;

/// <summary>
/// The recogniser: walks the tokens once and, at each, tries every rule (calendar dates, relative
/// dates, durations and sets, clock times), keeping the longest expression that starts there. Rules
/// are hand-written matchers over tokens — no regular expressions — so the cost is linear in the
/// text. One scanner reads one article.
/// </summary>
internal sealed partial class TimeScanner
{
    private readonly List<TimeToken> tokens;
    private readonly TimeResolver resolve;
    private readonly int[] sentenceStart;
    private readonly int[] sentenceEnd;

    private TimeScanner(List<TimeToken> tokens, TimeResolver resolver, int[] sentenceStart, int[] sentenceEnd)
    {
        this.tokens = tokens;
        resolve = resolver;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
    }

    public static List<TimeMatch> Scan(List<TimeToken> tokens, IReadOnlyList<Sentence> sentences, DateOnly? reference)
    {
        var (starts, ends) = SentenceBounds(tokens, sentences);
        var scanner = new TimeScanner(tokens, new TimeResolver(reference), starts, ends);
        var found = new List<TimeMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (scanner.Best(i) is { } m)
            {
                found.Add(m);
                i = m.End;
            }
            else i++;
        }
        return found;
    }

    /// <summary>The longest expression starting at token <paramref name="i"/>, with a leading "the" or modifier when one belongs to it.</summary>
    private TimeMatch? Best(int i)
    {
        if (!tokens[i].IsWord && !tokens[i].IsNumber && !tokens[i].Is("'")) return null;
        var best = Core(i);
        if (Modified(i) is { } modified && (best is null || modified.End > best.Value.End)) best = modified;
        if (W(i) == "the" && i + 1 < tokens.Count && Core(i + 1) is { } after && TakesThe(after) && (best is null || after.End > best.Value.End))
            best = after.From(i);
        return best;
    }

    /// <summary>"the third quarter", "the 1990s", "the nine months" keep their "the"; "the Monday", "the 1997 budget" do not.</summary>
    private bool TakesThe(TimeMatch m)
    {
        // An adjective ("the third-quarter loss", "the eight-year term") leaves "the" to its noun.
        if (m.End - m.First >= 3 && W(m.First + 1) == "-") return false;
        if (m.Type == TimeType.Duration) return true;
        if (m.Value.EndsWith("_REF", StringComparison.Ordinal)) return false;
        if (IsMonthAt(m.First) || IsWeekdayAt(m.First)) return false;
        return !tokens[m.First].IsNumber || m.Value.Length <= 3;
    }

    private TimeMatch? Core(int i)
    {
        TimeMatch? best = null;
        Keep(ref best, Calendar(i));
        Keep(ref best, Relative(i));
        Keep(ref best, Duration(i));
        Keep(ref best, Set(i));
        Keep(ref best, Clock(i));
        return best;
    }

    private static void Keep(ref TimeMatch? best, TimeMatch? candidate)
    {
        if (candidate is { } c && (best is null || c.End > best.Value.End)) best = c;
    }

    /// <summary>"early next year", "the end of 1990", "mid-November", "later this week": the words before a date are part of it; its value is the date's.</summary>
    private TimeMatch? Modified(int i)
    {
        var next = ModifierEnd(i);
        if (next < 0 || next >= tokens.Count) return null;
        if (Core(next) is not { Type: TimeType.Date or TimeType.Time } core) return null;
        if (W(i) is "earlier" or "later" && !Has(next, "this", "that", "next", "last", "today", "tonight", "yesterday", "tomorrow")
            && !IsWeekdayAt(next)) return null;
        return core.From(i);
    }

    private int ModifierEnd(int i)
    {
        switch (W(i))
        {
            case "early" or "late" or "earlier" or "later":
                return i + 1 + (W(i + 1) == "in" ? 1 : 0);
            case "mid":
                return W(i + 1) == "-" ? i + 2 : i + 1;
            case "the" when W(i + 2) == "of" && W(i + 1) is "end" or "beginning" or "start" or "middle" or "turn" or "close" or "rest":
                return i + 3;
            case "end" or "beginning" or "start" or "middle" when W(i + 1) == "of":
                return i + 2;
            default:
                return -1;
        }
    }

    private Tense TenseOf(int first, int end) =>
        TenseReader.Read(tokens, first, end, sentenceStart[first], sentenceEnd[first]);

    private bool SentenceHas(int i, string word)
    {
        for (var k = sentenceStart[i]; k < sentenceEnd[i]; k++)
            if (tokens[k].Lower == word) return true;
        return false;
    }

    private string W(int i) => i >= 0 && i < tokens.Count ? tokens[i].Lower : "";

    private bool Has(int i, params string[] words) => i >= 0 && i < tokens.Count && Array.IndexOf(words, tokens[i].Lower) >= 0;

    private bool Joined(int i) => i < tokens.Count && tokens[i].Joined;

    private int Number(int i) => i >= 0 && i < tokens.Count ? tokens[i].Number : -1;

    /// <summary>The end of an optional "." right after token <paramref name="i"/> (abbreviations: "Sept.", "Jan.").</summary>
    private int AfterDot(int i) => W(i + 1) == "." && Joined(i + 1) ? i + 2 : i + 1;

    /// <summary>Sentence bounds per token, as token indices [start, end), so tense is read inside one sentence.</summary>
    private static (int[] Starts, int[] Ends) SentenceBounds(List<TimeToken> tokens, IReadOnlyList<Sentence> sentences)
    {
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        var s = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            while (s < sentences.Count && sentences[s].Range.End <= tokens[i].Start) s++;
            var limit = s < sentences.Count ? sentences[s].Range.End : int.MaxValue;
            var first = i;
            while (i < tokens.Count && tokens[i].Start < limit) i++;
            if (i == first) i++;
            for (var k = first; k < i; k++)
            {
                starts[k] = first;
                ends[k] = i;
            }
        }
        return (starts, ends);
    }
}
