namespace Triangulate.Brief;

/// <summary>
/// LexRank-style centrality: a PageRank over the cosine-similarity graph of usable sentences, in
/// which links to sentences of other articles count fully and links inside the same article only
/// partly, so that what several outlets report rises above what one outlet repeats.
/// </summary>
internal static class CentralityRanker
{
    private const double MinSimilarity = 0.05;
    private const double SameArticleWeight = 0.25;
    private const double Damping = 0.85;

    public static void Rank(IReadOnlyList<SentenceProfile> candidates)
    {
        var n = candidates.Count;
        if (n == 0) return;
        var edges = new List<(int To, double Weight)>[n];
        for (var i = 0; i < n; i++) edges[i] = [];
        var degree = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                var sim = candidates[i].Vector.Cosine(candidates[j].Vector);
                if (sim < MinSimilarity) continue;
                if (candidates[i].Article == candidates[j].Article) sim *= SameArticleWeight;
                edges[i].Add((j, sim));
                edges[j].Add((i, sim));
                degree[i] += sim;
                degree[j] += sim;
            }

        var rank = new double[n];
        Array.Fill(rank, 1.0 / n);
        var next = new double[n];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double dangling = 0;
            for (var i = 0; i < n; i++) if (degree[i] == 0) dangling += rank[i];
            Array.Fill(next, (1 - Damping) / n + Damping * dangling / n);
            for (var i = 0; i < n; i++)
            {
                if (degree[i] == 0) continue;
                var share = Damping * rank[i] / degree[i];
                foreach (var (to, weight) in edges[i]) next[to] += share * weight;
            }
            double change = 0;
            for (var i = 0; i < n; i++) change += Math.Abs(next[i] - rank[i]);
            (rank, next) = (next, rank);
            if (change < 1e-9) break;
        }
        for (var i = 0; i < n; i++) candidates[i].Centrality = rank[i] * n;
    }
}
