namespace Triangulate.Compare.Facts;

/// <summary>
/// Past forms of common irregular English verbs and their base form, which stemming leaves apart
/// ("met" / "meeting", "held" / "hold"): reports of one event switch tense between outlets.
/// </summary>
internal static class IrregularVerbs
{
    private static readonly Dictionary<string, string> Base = new(StringComparer.Ordinal)
    {
        ["met"] = "meet", ["held"] = "hold", ["took"] = "take", ["taken"] = "take", ["made"] = "make",
        ["went"] = "go", ["gone"] = "go", ["came"] = "come", ["gave"] = "give", ["given"] = "give",
        ["left"] = "leave", ["fought"] = "fight", ["sent"] = "send", ["won"] = "win", ["lost"] = "lose",
        ["began"] = "begin", ["begun"] = "begin", ["saw"] = "see", ["seen"] = "see", ["knew"] = "know",
        ["known"] = "know", ["thought"] = "think", ["brought"] = "bring", ["spoke"] = "speak",
        ["spoken"] = "speak", ["wrote"] = "write", ["written"] = "write", ["led"] = "lead", ["fled"] = "flee",
        ["struck"] = "strike", ["shot"] = "shoot", ["ran"] = "run", ["rose"] = "rise", ["risen"] = "rise",
        ["fell"] = "fall", ["fallen"] = "fall", ["grew"] = "grow", ["grown"] = "grow", ["drew"] = "draw",
        ["drawn"] = "draw", ["broke"] = "break", ["broken"] = "break", ["chose"] = "choose",
        ["chosen"] = "choose", ["sold"] = "sell", ["found"] = "find", ["kept"] = "keep", ["paid"] = "pay",
        ["built"] = "build", ["stood"] = "stand", ["sought"] = "seek", ["caught"] = "catch",
        ["threw"] = "throw", ["thrown"] = "throw", ["flew"] = "fly", ["flown"] = "fly", ["hid"] = "hide",
        ["hidden"] = "hide", ["froze"] = "freeze", ["frozen"] = "freeze", ["bore"] = "bear",
        ["swore"] = "swear", ["sworn"] = "swear", ["forbade"] = "forbid", ["withdrew"] = "withdraw",
        ["withdrawn"] = "withdraw", ["undertook"] = "undertake", ["overthrew"] = "overthrow",
        ["spent"] = "spend", ["lent"] = "lend", ["dealt"] = "deal", ["felt"] = "feel", ["heard"] = "hear",
        ["meant"] = "mean", ["sat"] = "sit", ["understood"] = "understand", ["wore"] = "wear",
        ["ate"] = "eat", ["eaten"] = "eat", ["drove"] = "drive", ["driven"] = "drive", ["woke"] = "wake",
    };

    public static string Lemma(string norm) => Base.GetValueOrDefault(norm, norm);
}
