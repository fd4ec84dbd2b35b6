namespace Triangulate.Compare.Quotes;

/// <summary>
/// Decides whether two quotes report the same utterance, by overlap of stemmed content words: one
/// contained in the other (truncation, an ellipsis, a partial quote of a longer one) or most words
/// shared (a translation or light paraphrase: "slam closed" vs "close"). Quotes of one or two
/// content words ("businesslike") say too little for overlap and match only word for word.
/// </summary>
internal static class QuoteMatcher
{
    public const int ShortWords = 2;
    private const double MinContainment = 0.8;
    private const double MinJaccard = 0.6;
    private const double MinStrongJaccard = 0.75;

    public static bool IsShort(QuoteWords words) => words.Stems.Count <= ShortWords;

    public static QuoteMatch Compare(QuoteWords a, QuoteWords b)
    {
        if (IsShort(a) || IsShort(b))
            return a.Keys.Count > 0 && a.Key == b.Key ? new QuoteMatch(true, true, 2) : QuoteMatch.None;
        var shared = a.Stems.Count(b.Stems.Contains);
        var containment = (double)shared / Math.Min(a.Stems.Count, b.Stems.Count);
        var jaccard = (double)shared / (a.Stems.Count + b.Stems.Count - shared);
        var matches = containment >= MinContainment || jaccard >= MinJaccard;
        return matches ? new QuoteMatch(true, jaccard >= MinStrongJaccard, containment + jaccard) : QuoteMatch.None;
    }
}
