namespace Triangulate.Compare.Facts;

/// <summary>
/// The story's claims as sparse vectors over their terms, each term weighted by its
/// inverse claim frequency in the story, with an inverted index to find the claims that share terms.
/// A date is strong evidence that two claims tell one event, unless it is the story's main day
/// (the date most claims give), which says little.
/// </summary>
internal sealed class ClaimVectors
{
    private const double SpecificDateBoost = 2.5;
    private const double MainDayBoost = 0.5;

    private readonly int[][] ids;
    private readonly double[][] weights;
    private readonly List<(int Claim, double Weight)>[] postings;
    private readonly double[] norms;
    private readonly bool[] specificDate;

    public ClaimVectors(IReadOnlyList<Claim> claims)
    {
        // Term ids in ordinal order of the terms: the vectors do not depend on the claims' order.
        var vocabulary = claims.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((term, id) => (term, id)).ToDictionary(p => p.term, p => p.id, StringComparer.Ordinal);
        var terms = vocabulary.Keys.OrderBy(t => vocabulary[t]).ToArray();
        var df = new int[terms.Length];
        foreach (var claim in claims)
            foreach (var term in claim.Terms) df[vocabulary[term]]++;
        var mainDay = terms.Select((t, id) => (t, id)).Where(p => p.t.StartsWith(ClaimTerms.DatePrefix, StringComparison.Ordinal))
            .OrderByDescending(p => df[p.id]).ThenBy(p => p.id).Select(p => p.id).DefaultIfEmpty(-1).First();
        specificDate = terms.Select((t, id) => t.StartsWith(ClaimTerms.DatePrefix, StringComparison.Ordinal) && id != mainDay).ToArray();
        var idf = new double[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            var boost = !terms[t].StartsWith(ClaimTerms.DatePrefix, StringComparison.Ordinal) ? 1.0 : t == mainDay ? MainDayBoost : SpecificDateBoost;
            idf[t] = Math.Log((claims.Count + 1.0) / df[t]) * boost;
        }

        ids = new int[claims.Count][];
        weights = new double[claims.Count][];
        norms = new double[claims.Count];
        postings = new List<(int, double)>[terms.Length];
        for (var t = 0; t < terms.Length; t++) postings[t] = [];
        for (var c = 0; c < claims.Count; c++)
        {
            ids[c] = claims[c].Terms.Select(t => vocabulary[t]).Order().ToArray();
            weights[c] = ids[c].Select(t => idf[t]).ToArray();
            norms[c] = Math.Sqrt(weights[c].Sum(w => w * w));
            for (var k = 0; k < ids[c].Length; k++) postings[ids[c][k]].Add((c, weights[c][k]));
        }
    }

    /// <summary>
    /// The claims after <paramref name="claim"/> (by index) that share a term with it, with the dot
    /// product over the shared terms, accumulated through the inverted index. Terms in more than
    /// <paramref name="maxPostings"/> claims are left out of the sum: alone they never make two claims
    /// alike, and they would make the search quadratic. <paramref name="scores"/> is scratch space, one
    /// slot per claim, all zero on entry and on return.
    /// </summary>
    public List<(int Other, double Dot)> Neighbours(int claim, int maxPostings, double[] scores)
    {
        var touched = new List<int>();
        var x = ids[claim];
        for (var k = 0; k < x.Length; k++)
        {
            var list = postings[x[k]];
            if (list.Count > maxPostings) continue;
            foreach (var (other, weight) in list)
            {
                if (other <= claim) continue;
                if (scores[other] == 0) touched.Add(other);
                scores[other] += weights[claim][k] * weight;
            }
        }
        touched.Sort();
        var found = new List<(int, double)>(touched.Count);
        foreach (var other in touched)
        {
            found.Add((other, scores[other]));
            scores[other] = 0;
        }
        return found;
    }

    /// <summary>The weighted overlap of two claims given part of their dot product (see <see cref="Overlap(int, int)"/>).</summary>
    public double Overlap(int a, int b, double dot)
    {
        var shorter = Math.Min(norms[a], norms[b]);
        return shorter == 0 ? 0 : dot / (shorter * shorter);
    }

    /// <summary>
    /// How much of the shorter claim the longer one also tells: the weight of the terms they share over
    /// the shorter claim's own (a weighted overlap coefficient), so that a sentence that adds a clause
    /// to what another says still matches it.
    /// </summary>
    public double Overlap(int a, int b)
    {
        var shorter = Math.Min(norms[a], norms[b]);
        return shorter == 0 ? 0 : Dot(a, b) / (shorter * shorter);
    }

    /// <summary>Whether the two claims resolve to one date that is not the story's main day.</summary>
    public bool ShareSpecificDate(int a, int b)
    {
        var (x, y) = (ids[a], ids[b]);
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                if (specificDate[x[i]]) return true;
                i++;
                j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return false;
    }

    /// <summary>Cosine similarity: low when one claim says much the other does not.</summary>
    public double Cosine(int a, int b)
    {
        var norm = norms[a] * norms[b];
        return norm == 0 ? 0 : Dot(a, b) / norm;
    }

    /// <summary>The dot product of the weights, summed in term order.</summary>
    private double Dot(int a, int b)
    {
        var (x, wx, y, wy) = (ids[a], weights[a], ids[b], weights[b]);
        double sum = 0;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) sum += wx[i++] * wy[j++];
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return sum;
    }
}
