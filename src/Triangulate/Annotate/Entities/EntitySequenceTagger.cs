namespace Triangulate.Annotate.Entities;

/// <summary>Tags the tokens of one document with BIO tags (see <see cref="EntityTags"/>), one sentence at a time.</summary>
internal static class EntitySequenceTagger
{
    public static int[][] Tag(EntityModel model, IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var features = new EntityFeatures(sentences);
        var tags = EntityModel.TagCount;
        var buffer = new List<ulong>(64);
        var result = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var length = features.Length(s);
            var scores = new float[length * tags];
            for (var i = 0; i < length; i++)
            {
                buffer.Clear();
                features.Extract(s, i, buffer);
                model.AddScores(buffer, scores.AsSpan(i * tags, tags));
            }
            result[s] = EntityDecoder.Decode(scores, length, model.Transitions, tags);
        }
        return result;
    }
}
