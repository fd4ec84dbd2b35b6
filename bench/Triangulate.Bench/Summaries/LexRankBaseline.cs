using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Bench.Summaries;

/// <summary>
/// Standard LexRank (Erkan and Radev 2004): TF-IDF cosine graph over all sentences, edges where the
/// cosine is at least 0.1, PageRank by power iteration (damping 0.85); sentences taken by rank,
/// skipping any whose cosine with one already taken exceeds 0.5, until the word limit (the last one
/// passes it and is cut by ROUGE; with <c>fit</c>, sentences that would pass it are skipped instead).
/// </summary>
public static class LexRankBaseline
{
    public static string Summarize(IReadOnlyList<AnnotatedArticle> articles, int words, bool fit = false)
    {
        var stemmer = new TermStemmer();
        var sentences = new List<(string Text, Dictionary<string, double> Vector)>();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<Dictionary<string, int>>();
        foreach (var article in articles)
            foreach (var sentence in article.Sentences)
            {
                var tf = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var token in WordTokenizer.Tokenize(article.Article.Body, sentence.Range))
                    if (!StopWords.Contains(token.Norm)) Increment(tf, stemmer.Stem(token.Norm));
                foreach (var term in tf.Keys) frequency[term] = frequency.GetValueOrDefault(term) + 1;
                counts.Add(tf);
                sentences.Add((article.Text(sentence), []));
            }
        var n = sentences.Count;
        for (var i = 0; i < n; i++)
        {
            var vector = sentences[i].Vector;
            foreach (var (term, tf) in counts[i]) vector[term] = tf * Math.Log((double)n / frequency[term]);
            var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
            if (norm > 0) foreach (var term in vector.Keys.ToList()) vector[term] /= norm;
        }

        var similarity = new double[n, n];
        var degree = new int[n];
        for (var i = 0; i < n; i++)
            for (var j = i; j < n; j++)
            {
                var sim = Cosine(sentences[i].Vector, sentences[j].Vector);
                similarity[i, j] = similarity[j, i] = sim;
                if (sim < 0.1) continue;
                degree[i]++;
                if (i != j) degree[j]++;
            }
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var next = new double[n];
            for (var j = 0; j < n; j++)
            {
                double sum = 0;
                for (var i = 0; i < n; i++) if (similarity[i, j] >= 0.1) sum += rank[i] / degree[i];
                next[j] = 0.15 / n + 0.85 * sum;
            }
            rank = next;
        }

        var chosen = new List<int>();
        var count = 0;
        foreach (var i in Enumerable.Range(0, n).OrderByDescending(i => rank[i]).ThenBy(i => i))
        {
            if (count >= words) break;
            if (chosen.Any(c => similarity[c, i] > 0.5)) continue;
            var length = sentences[i].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (fit && count + length > words) continue;
            chosen.Add(i);
            count += length;
        }
        return string.Join("\n", chosen.Select(i => sentences[i].Text));
    }

    private static void Increment(Dictionary<string, int> counts, string term) => counts[term] = counts.GetValueOrDefault(term) + 1;

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        double sum = 0;
        foreach (var (term, weight) in a) if (b.TryGetValue(term, out var other)) sum += weight * other;
        return sum;
    }
}
