using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Reported speech without quotation marks, in one sentence: "Ryabkov said (that) CLAUSE",
/// "CLAUSE, officials said", "according to NP, CLAUSE". The content is the reported clause; a cue
/// followed by a preposition ("said on Monday", "asked for") reports no clause and is skipped.
/// </summary>
internal static class IndirectSpeechReader
{
    private const int MinContentWords = 3;

    private static readonly HashSet<string> NotAClause = new(StringComparer.Ordinal)
    {
        "to", "for", "of", "about", "with", "on", "in", "at", "by", "from", "into", "off", "up", "out", "over", "it",
        "him", "her", "them", "so", "yes", "no", "nothing", "something", "anything", "little", "much", "more",
        "as", "than", "when", "after", "before", "while", "during", "last", "and", "or", "but",
    };

    private static readonly HashSet<string> ClauseJoiners = new(StringComparer.Ordinal) { "but", "and", "so", "yet", "however", "meanwhile", "also", "now", "still" };

    /// <summary>Reported speech in one sentence, given its words (<see cref="ClauseTokenizer"/>) and its range.</summary>
    public static QuoteCandidate? Read(string body, List<ClauseToken> tokens, TextRange sentence)
    {
        if (tokens.Count(t => t.IsWord) < MinContentWords + 2) return null;
        // A sentence ending in a colon or comma introduces the quote after it; it reports nothing itself.
        if (tokens[^1].Is(":") || tokens[^1].Is(",")) return null;
        return Trailing(body, tokens, sentence) ?? Leading(body, tokens, sentence);
    }

    /// <summary>"CLAUSE, NP CUE." and "CLAUSE, according to NP."</summary>
    private static QuoteCandidate? Trailing(string body, List<ClauseToken> tokens, TextRange sentence)
    {
        for (var k = tokens.Count - 2; k >= MinContentWords; k--)
        {
            if (!tokens[k].Is(",")) continue;
            var tail = tokens.Skip(k + 1).ToList();
            var cue = CueFinder.AfterQuote(tail);
            if (cue?.Speaker is null) continue;
            // The cue must end the sentence but for a short time or place phrase.
            var after = tail.Skip(cue.Token + 1).Where(t => t.Range.Start >= cue.Speaker.Range.End && t.Range.Start >= cue.Range.End).ToList();
            var commaAfter = after.Count > 0 && after[0].Is(",");
            if (!commaAfter && after.Count(t => t.IsWord) > 4) continue;
            var content = new TextRange(tokens[0].Range.Start, tokens[k].Range.Start);
            if (tokens.Take(k).Count(t => t.IsWord) < MinContentWords) return null;
            return new QuoteCandidate(content, QuoteKind.Indirect, Shift(cue, k + 1));
        }
        return null;
    }

    /// <summary>"NP CUE [that] CLAUSE" and "According to NP, CLAUSE".</summary>
    private static QuoteCandidate? Leading(string body, List<ClauseToken> tokens, TextRange sentence)
    {
        foreach (var cue in CueFinder.InSentence(tokens))
        {
            if (cue.Speaker is null) continue;
            var verb = tokens[cue.Token];
            if (verb.Lower == "to")
            {
                // "According to NP, CLAUSE."
                var comma = tokens.FindIndex(cue.Token, t => t.Is(","));
                if (cue.Token != 1 || comma < 0) continue;
                return Clause(body, tokens, comma + 1, sentence, cue);
            }
            var subjectStart = tokens.FindIndex(t => t.Range.Start == cue.Speaker.Range.Start);
            if (subjectStart > 0 && !tokens[subjectStart - 1].Is(",") && !ClauseJoiners.Contains(tokens[subjectStart - 1].Lower)) continue;
            var start = QuoteExtractor.ContentStartAfterCue(tokens, cue);
            var first = tokens.FindIndex(t => t.Range.Start >= start);
            if (first < 0 || first >= tokens.Count) continue;
            if (NotAClause.Contains(tokens[first].Lower) || !tokens[first].IsWord || tokens[first].Lower.EndsWith("ing", StringComparison.Ordinal)) continue;
            if (AttributionLexicon.Instance.Belief.Contains(verb.Lower) && !AttributionLexicon.Instance.Speech.Contains(verb.Lower)
                && tokens[first].Lower != "that" && !StartsClause(tokens, first))
                continue;
            return Clause(body, tokens, first, sentence, cue);
        }
        return null;
    }

    private static QuoteCandidate? Clause(string body, List<ClauseToken> tokens, int first, TextRange sentence, Cue cue)
    {
        if (first >= tokens.Count) return null;
        var end = sentence.End;
        while (end > tokens[first].Range.Start && (char.IsWhiteSpace(body[end - 1]) || body[end - 1] is '.' or ';' or ':' or ',')) end--;
        var words = tokens.Skip(first).Count(t => t.IsWord && t.Range.End <= end);
        return words < MinContentWords ? null : new QuoteCandidate(new TextRange(tokens[first].Range.Start, end), QuoteKind.Indirect, cue);
    }

    /// <summary>A subject then a verb-like word: "the talks were", "Russia had", "he would".</summary>
    private static bool StartsClause(List<ClauseToken> tokens, int first)
    {
        var t = tokens[first];
        return t.IsCapitalised || t.Lower is "the" or "a" or "an" or "he" or "she" or "they" or "we" or "i" or "it" or "there" or "this" or "his" or "her" or "their" or "its";
    }

    private static Cue Shift(Cue cue, int offset) => cue with { Token = cue.Token + offset };
}
