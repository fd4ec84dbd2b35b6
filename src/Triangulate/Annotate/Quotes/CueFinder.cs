using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Finds the reporting verb that introduces or follows a quote, and the speaker phrase it governs:
/// "…," Mr Ryabkov said · "…," said Ryabkov · Sherman told reporters: "…" · according to officials.
/// Only lower-case cue words count, so "The State of …" is never a cue.
/// </summary>
internal static class CueFinder
{
    private const int MaxTokensAfterQuote = 12;

    /// <summary>A cue in the words right after a quote: [,] SPEAKER CUE or [,] CUE SPEAKER.</summary>
    public static Cue? AfterQuote(IReadOnlyList<ClauseToken> post)
    {
        var first = 0;
        while (first < post.Count && !post[first].IsWord && (post[first].IsQuoteMark || post[first].Text is "," or "—" or "–" or "-" or ":"))
            first++;
        if (first >= post.Count) return null;
        if (post[first].Lower == "according" && first + 1 < post.Count && post[first + 1].Lower == "to")
            return According(post, first);
        for (var k = first; k < post.Count && k - first < MaxTokensAfterQuote; k++)
        {
            var token = post[k];
            if (!token.IsWord && !token.Is(",")) break;
            if (!IsCueWord(token)) continue;
            if (k == first)
            {
                var after = SpeakerPhraseReader.After(post, k);
                return after is null ? null : new Cue(token.Range, k, after);
            }
            var before = SpeakerPhraseReader.Before(post, k);
            if (before is not null && before.Range.Start <= post[first].Range.Start) return new Cue(token.Range, k, before);
            return null;
        }
        return null;
    }

    /// <summary>The last cue in the words before a quote that governs it: SPEAKER CUE [that|:|,] "…".</summary>
    /// <summary>
    /// The nearest cue before a quote that names its speaker ("Stoltenberg said that the alliance
    /// would be warning Russia of "severe costs"" is Stoltenberg's); the nearest cue at all when none does.
    /// </summary>
    public static Cue? BeforeQuote(IReadOnlyList<ClauseToken> pre, int maxDistance)
    {
        Cue? nearest = null;
        for (var k = pre.Count - 1; k >= 0 && pre.Count - 1 - k <= maxDistance; k--)
        {
            var token = pre[k];
            if (token.IsQuoteMark) break;
            Cue? cue = null;
            if (token.Lower == "according" && k + 1 < pre.Count && pre[k + 1].Lower == "to") cue = According(pre, k);
            else if (IsCueWord(token) && !TellsATale(pre, k)) cue = new Cue(token.Range, k, SpeakerPhraseReader.Before(pre, k) ?? AfterParticiple(pre, k));
            if (cue is null) continue;
            if (cue.Speaker is not null) return cue;
            nearest ??= cue;
        }
        return nearest;
    }

    /// <summary>
    /// A quote that closes its sentence ("…?") attributed by the short sentence after it: "Trump asked."
    /// The cue must sit at that sentence's start, as it would after a comma.
    /// </summary>
    public static Cue? OpeningSentence(IReadOnlyList<ClauseToken> next)
    {
        var cue = AfterQuote(next);
        return cue?.Speaker is not null && cue.Token <= 24 ? cue : null;
    }

    /// <summary>
    /// A sentence that introduces the quote after it: "O'Malley, who signed the gun laws, interjected
    /// to say:" — it ends with a colon or comma and holds a cue; its speaker is the cue's subject, or
    /// the noun phrase that opens the sentence.
    /// </summary>
    public static Cue? Introduction(IReadOnlyList<ClauseToken> sentence)
    {
        if (sentence.Count < 2 || !(sentence[^1].Is(":") || sentence[^1].Is(","))) return null;
        var cue = BeforeQuote(sentence, MaxTokensAfterQuote);
        if (cue is null) return null;
        return cue.Speaker is not null ? cue : cue with { Speaker = SpeakerPhraseReader.After(sentence, -1) };
    }

    /// <summary>A cue inside a sentence with no quotation marks: SPEAKER CUE [that] CLAUSE.</summary>
    public static IEnumerable<Cue> InSentence(IReadOnlyList<ClauseToken> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Lower == "according" && k + 1 < tokens.Count && tokens[k + 1].Lower == "to")
            {
                if (According(tokens, k) is { } according) yield return according;
                continue;
            }
            if (!IsCueWord(tokens[k]) || TellsATale(tokens, k)) continue;
            var phrase = SpeakerPhraseReader.Before(tokens, k);
            if (phrase is not null) yield return new Cue(tokens[k].Range, k, phrase);
        }
    }

    public static bool IsCueWord(ClauseToken token) =>
        token.IsWord && !token.IsCapitalised && AttributionLexicon.Instance.IsCue(token.Lower);

    /// <summary>Objects that make "tell" recount rather than report: "her eyes tell a story of …", "the numbers tell a different tale".</summary>
    private static readonly HashSet<string> Tales = new(StringComparer.Ordinal) { "story", "stories", "tale", "tales", "joke", "jokes", "lie", "lies" };

    /// <summary>"tell" whose object is a story, not a listener, reports no statement; "told a reporter" still does.</summary>
    private static bool TellsATale(IReadOnlyList<ClauseToken> tokens, int k)
    {
        if (tokens[k].Lower is not ("tell" or "tells" or "told" or "telling")) return false;
        for (var j = k + 1; j < tokens.Count && j - k <= 4 && tokens[j].IsWord; j++)
            if (Tales.Contains(tokens[j].Lower)) return true;
        return false;
    }

    /// <summary>"according to NP".</summary>
    private static Cue? According(IReadOnlyList<ClauseToken> tokens, int k)
    {
        var phrase = SpeakerPhraseReader.After(tokens, k + 1);
        return new Cue(new TextRange(tokens[k].Range.Start, tokens[k + 1].Range.End), k + 1, phrase);
    }

    /// <summary>"Mykhailo said, adding: …": a participle cue takes the subject of the cue before it.</summary>
    private static SpeakerPhrase? AfterParticiple(IReadOnlyList<ClauseToken> tokens, int k)
    {
        if (!tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) || k == 0 || !tokens[k - 1].Is(",")) return null;
        for (var j = k - 2; j >= 0; j--)
            if (IsCueWord(tokens[j]))
                return SpeakerPhraseReader.Before(tokens, j) ?? SpeakerPhraseReader.After(tokens, j);
        return null;
    }
}
