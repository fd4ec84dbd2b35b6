namespace Triangulate.Compare.Sources;

/// <summary>
/// Finds articles that repeat an earlier article's text: the share of the smaller article's word
/// shingles that the other also has (containment) is at least <see cref="MinContainment"/>. A copy
/// with a new headline, a trimmed ending or an added paragraph still qualifies; two reports of
/// the same event in their own words share few five-word runs.
/// </summary>
public static class NearDuplicateDetector
{
    /// <summary>Containment that marks a copy; measured on the DUC 2006/2007 clusters (see the `facts` bench).</summary>
    public const double MinContainment = 0.5;

    /// <summary>A text shorter than this many shingles is too short to call a copy of anything.</summary>
    private const int MinShingles = 8;

    /// <summary>For each body (by index) the earlier one it copies, or -1: the earlier body it shares most with.</summary>
    public static int[] CopyOf(IReadOnlyList<string> bodies)
    {
        var shingles = bodies.Select(Shingles.Of).ToList();
        // Inverted index: which earlier bodies hold each shingle, so only bodies that share wording are compared.
        var holders = new Dictionary<ulong, List<int>>();
        var copyOf = new int[bodies.Count];
        for (var j = 0; j < bodies.Count; j++)
        {
            copyOf[j] = -1;
            var shared = new Dictionary<int, int>();
            foreach (var s in shingles[j])
            {
                if (!holders.TryGetValue(s, out var list)) holders[s] = list = [];
                else
                    foreach (var i in list) shared[i] = shared.GetValueOrDefault(i) + 1;
                list.Add(j);
            }
            var best = 0.0;
            foreach (var (i, count) in shared.OrderBy(p => p.Key))
            {
                var smaller = Math.Min(shingles[i].Count, shingles[j].Count);
                if (smaller < MinShingles) continue;
                var containment = (double)count / smaller;
                if (containment >= MinContainment && containment > best) (best, copyOf[j]) = (containment, i);
            }
        }
        return copyOf;
    }

    /// <summary>The containment of two texts (0 when either is too short): for measuring and tests.</summary>
    public static double Containment(string a, string b)
    {
        var x = Shingles.Of(a);
        var y = Shingles.Of(b);
        var smaller = Math.Min(x.Count, y.Count);
        return smaller < MinShingles ? 0 : (double)x.Count(y.Contains) / smaller;
    }
}
