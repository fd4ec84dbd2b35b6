namespace Triangulate.Brief;

/// <summary>A unit-length term vector: term ids in ascending order with their weights.</summary>
internal readonly struct SparseVector(int[] ids, double[] weights)
{
    public int[] Ids { get; } = ids;
    public double[] Weights { get; } = weights;

    public bool IsEmpty => Ids.Length == 0;

    /// <summary>Cosine similarity (both vectors are unit length, so the dot product).</summary>
    public double Cosine(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            var a = Ids[i];
            var b = other.Ids[j];
            if (a == b) sum += Weights[i++] * other.Weights[j++];
            else if (a < b) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>Builds a unit vector from term counts, weighting each term by <paramref name="idf"/>.</summary>
    public static SparseVector FromCounts(SortedDictionary<int, double> counts, double[] idf)
    {
        var ids = counts.Keys.ToArray();
        var weights = new double[ids.Length];
        double norm = 0;
        for (var k = 0; k < ids.Length; k++)
        {
            weights[k] = counts[ids[k]] * idf[ids[k]];
            norm += weights[k] * weights[k];
        }
        if (norm > 0)
        {
            norm = Math.Sqrt(norm);
            for (var k = 0; k < weights.Length; k++) weights[k] /= norm;
        }
        return new SparseVector(ids, weights);
    }
}
