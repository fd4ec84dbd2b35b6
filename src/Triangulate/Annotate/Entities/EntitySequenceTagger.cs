using Triangulate.Annotate.Quotes;
using Triangulate.Model;

namespace Triangulate.Annotate.Entities;

/// <summary>
/// Tags the tokens of one document with BIO tags (see <see cref="EntityTags"/>), one sentence at a time.
/// A person's name never includes the title before it ("Ms Sherman", "King Hussein"), as CoNLL marks
/// names: the titles of the attribution lexicon are cut from the start of a person's span.
/// </summary>
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
            CutTitles(sentences[s], result[s]);
        }
        return result;
    }

    private static void CutTitles(IReadOnlyList<string> words, int[] tags)
    {
        var lexicon = AttributionLexicon.Instance;
        var person = EntityTags.Parse("B-PER");
        foreach (var (start, end, type) in EntityTags.Spans(tags))
        {
            var first = start;
            while (type == EntityType.Person && end - first > 1 && IsTitle(lexicon, EntityText.Normalize(words[first]).ToLowerInvariant()))
                tags[first++] = 0;
            tags[first] = type == EntityType.Person ? person : tags[first];
        }
    }

    /// <summary>A title or role word, singular or plural: "Ms", "President", "Presidents", "Deputy".</summary>
    private static bool IsTitle(AttributionLexicon lexicon, string word) =>
        lexicon.IsTitleOrRole(word) || (word.Length > 3 && word.EndsWith('s') && lexicon.IsTitle(word[..^1]));
}
