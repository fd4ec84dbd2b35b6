using Triangulate.Model;

namespace Triangulate.Annotate.Entities;

/// <summary>
/// Names of people, organisations, places and other things (nationalities, events) in one article, from
/// the statistical tagger trained on CoNLL-2003 (an averaged perceptron over BIO tags with Viterbi
/// decoding; see Resources/README.md for its data and figures). Pure: the same body gives the same mentions.
/// </summary>
public static class EntityTagger
{
    /// <summary>The entity mentions of <paramref name="body"/>, in body order, as ranges of it.</summary>
    public static IReadOnlyList<EntityMention> Tag(string body, IReadOnlyList<Sentence> sentences)
    {
        var tokens = sentences.Select(s => EntityTokenizer.Tokenize(body, s.Range)).ToList();
        var words = tokens.Select(IReadOnlyList<string> (t) => t.Select(r => r.Slice(body)).ToArray()).ToList();
        var tags = EntitySequenceTagger.Tag(EntityModel.Instance, words);
        var mentions = new List<EntityMention>();
        for (var s = 0; s < tokens.Count; s++)
            foreach (var (start, end, type) in EntityTags.Spans(tags[s]))
                mentions.Add(new EntityMention(new TextRange(tokens[s][start].Start, tokens[s][end - 1].End), type));
        return mentions;
    }
}
