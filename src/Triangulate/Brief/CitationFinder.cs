namespace Triangulate.Brief;

/// <summary>
/// For a chosen sentence, the sentences of other articles that report the same content: in each
/// other article, the most similar sentence, when its TF-IDF cosine reaches the threshold and the
/// two share at least one word that is not a name. Names and titles alone ("Deputy Secretary of
/// State Wendy Sherman") say who is involved, not what happened, so they never make a match.
/// </summary>
internal static class CitationFinder
{
    private const int MinWords = 4;

    /// <summary>The chosen sentence first, then one matching sentence per other article, in article order.</summary>
    public static IReadOnlyList<SentenceProfile> Cite(SentenceProfile chosen, IReadOnlyList<SentenceProfile> all, double threshold)
    {
        var citations = new List<SentenceProfile> { chosen };
        SentenceProfile? best = null;
        double bestSimilarity = 0;
        foreach (var other in all) // article by article, in canonical order
        {
            if (best is not null && other.Article != best.Article)
            {
                if (bestSimilarity >= threshold) citations.Add(best);
                best = null;
                bestSimilarity = 0;
            }
            if (other.Article == chosen.Article || other.Words < MinWords || !ShareAny(chosen.EventTerms, other.EventTerms)) continue;
            var similarity = chosen.EventVector.Cosine(other.EventVector);
            if (similarity > bestSimilarity)
            {
                best = other;
                bestSimilarity = similarity;
            }
        }
        if (best is not null && bestSimilarity >= threshold) citations.Add(best);
        return citations;
    }

    private static bool ShareAny(int[] sortedA, int[] sortedB)
    {
        int i = 0, j = 0;
        while (i < sortedA.Length && j < sortedB.Length)
        {
            if (sortedA[i] == sortedB[j]) return true;
            if (sortedA[i] < sortedB[j]) i++; else j++;
        }
        return false;
    }
}
