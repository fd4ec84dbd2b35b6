namespace Triangulate.Annotate.Entities;

/// <summary>
/// Viterbi decoding of a linear-chain tagger: the best-scoring tag sequence given per-token tag scores and
/// tag-to-tag transition weights, among sequences where every I- tag continues an entity of its type.
/// </summary>
internal static class EntityDecoder
{
    /// <param name="scores">length × tags: the score of each tag at each token.</param>
    /// <param name="transitions">(tags + 1) × tags: row 0 from the sentence start, row p + 1 after tag p.</param>
    public static int[] Decode(ReadOnlySpan<float> scores, int length, ReadOnlySpan<float> transitions, int tags)
    {
        var path = new int[length];
        if (length == 0) return path;
        var best = new float[length * tags];
        var back = new int[length * tags];
        for (var t = 0; t < tags; t++)
            best[t] = EntityTags.CanFollow(0, t) ? transitions[t] + scores[t] : float.NegativeInfinity;
        for (var i = 1; i < length; i++)
        {
            for (var t = 0; t < tags; t++)
            {
                var top = float.NegativeInfinity;
                var from = 0;
                for (var p = 0; p < tags; p++)
                {
                    if (!EntityTags.CanFollow(p, t)) continue;
                    var s = best[(i - 1) * tags + p] + transitions[(p + 1) * tags + t];
                    if (s > top) { top = s; from = p; }
                }
                best[i * tags + t] = top + scores[i * tags + t];
                back[i * tags + t] = from;
            }
        }
        var last = 0;
        for (var t = 1; t < tags; t++) if (best[(length - 1) * tags + t] > best[(length - 1) * tags + last]) last = t;
        for (var i = length - 1; i >= 0; i--)
        {
            path[i] = last;
            last = back[i * tags + last];
        }
        return path;
    }
}
