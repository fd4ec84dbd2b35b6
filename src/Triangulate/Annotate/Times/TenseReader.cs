namespace Triangulate.Annotate.Times;

/// <summary>
/// Reads the tense that governs a time expression from the words around it in its sentence: the
/// nearest cue before it wins, else the nearest after it ("said on Monday that talks would resume
/// on Wednesday": Monday is read with "said", Wednesday with "would"; "On Sunday, they met": met).
/// A deadline's "by" points ahead, "since" back. Without a part-of-speech tagger a cue is a word from a short
/// list, or a word ending in -ed; a sentence with none leaves the choice to the nearest date.
/// </summary>
internal static class TenseReader
{
    /// <summary>Cues farther than this many tokens from the expression are not read.</summary>
    private const int Reach = 12;

    private static readonly HashSet<string> FutureCues =
    [
        "will", "ll", "shall", "would", "going", "expected", "expects", "expect", "scheduled", "due", "plans",
        "plan", "planning", "upcoming", "next", "coming", "tomorrow", "intends", "hopes", "aims", "must",
        "should", "could", "proposed", "await", "awaits", "ahead", "begins", "starts", "resume", "resumes", "payable",
    ];

    private static readonly HashSet<string> PastCues =
    [
        "was", "were", "had", "did", "said", "told", "met", "made", "took", "came", "went", "began", "held", "gave", "left",
        "saw", "spoke", "wrote", "sent", "got", "found", "fell", "rose", "won", "lost", "ago", "since", "last", "yesterday",
        "earlier", "brought", "bought", "sold", "paid", "put", "ran", "led", "became", "knew", "thought", "felt", "kept",
        "struck", "hit", "broke", "chose", "drew", "flew", "grew", "threw", "wore", "fought", "caught", "taught", "sought",
        "heard", "meant", "read", "built", "spent", "lent", "shot", "stood", "understood", "quit", "cut",
    ];

    /// <summary>Words ending in -ed that are not past forms.</summary>
    private static readonly HashSet<string> NotPast = ["need", "indeed", "speed", "proceed", "exceed", "succeed", "seed", "feed", "red", "bed", "hundred", "shed"];

    private static readonly HashSet<string> Auxiliaries = ["be", "been", "being", "is", "are", "am", "to", "get", "gets"];

    public static Tense Read(IReadOnlyList<TimeToken> tokens, int start, int end, int sentenceStart, int sentenceEnd)
    {
        if (start > sentenceStart && tokens[start - 1].Lower is "by" or "since")
            return tokens[start - 1].Lower == "by" ? Tense.Future : Tense.Past;
        for (var before = start - 1; before >= Math.Max(sentenceStart, start - Reach); before--)
            if (Cue(tokens, before) is var b and not Tense.None) return b;
        for (var after = end; after < Math.Min(sentenceEnd, end + Reach); after++)
            if (Cue(tokens, after) is var a and not Tense.None) return a;
        // Nothing near: the sentence's main verb, farther back, still governs ("will include … on Thursday").
        for (var before = start - Reach - 1; before >= sentenceStart; before--)
            if (Cue(tokens, before) is var b and not Tense.None) return b;
        return Tense.None;
    }

    private static Tense Cue(IReadOnlyList<TimeToken> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord) return Tense.None;
        var w = t.Lower;
        // "is to meet", "are to vote": a plan.
        if (w is "is" or "are" && i + 1 < tokens.Count && tokens[i + 1].Is("to")) return Tense.Future;
        if (w == "set" && i + 1 < tokens.Count && tokens[i + 1].Is("to")) return Tense.Future;
        if (FutureCues.Contains(w)) return Tense.Future;
        if (PastCues.Contains(w)) return Tense.Past;
        var ed = w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !NotPast.Contains(w) && (!w.EndsWith("eed", StringComparison.Ordinal) || w is "agreed" or "freed");
        // "must be returned", "will be held", "followed by talks": a participle says nothing, the auxiliary
        // does; "are planned for" is a plan.
        var passive = i > 0 && Auxiliaries.Contains(tokens[i - 1].Lower);
        if (passive && w == "planned") return Tense.Future;
        var participle = passive || i + 1 < tokens.Count && tokens[i + 1].Lower == "by";
        return ed && !participle ? Tense.Past : Tense.None;
    }
}
