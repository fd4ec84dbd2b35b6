namespace Triangulate.Brief;

/// <summary>
/// For a chosen sentence, the sentences of other articles that report the same content: in each
/// other article, the most similar sentence, when its TF-IDF cosine reaches the threshold.
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
            if (other.Article == chosen.Article || other.Words < MinWords) continue;
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
}
