using Triangulate.Resources;

namespace Triangulate.Annotate.Entities;

/// <summary>
/// Country, nationality, region, state and city names of <c>Resources/entity-gazetteer.tsv</c>, loaded
/// once and shared read-only. The tagger only reads them as features: a listed name is a hint that
/// training weighs, never a decision ("Georgia" is a country, a state and a first name).
/// </summary>
internal sealed class EntityGazetteer
{
    private static readonly Lazy<EntityGazetteer> Shared = new(Load);

    public static EntityGazetteer Instance => Shared.Value;

    /// <summary>The kinds of name, in file order; a kind's index is its number in <see cref="Mark"/>.</summary>
    public IReadOnlyList<string> Kinds { get; }

    // Names by their first word (lower case), each as its lower-case words with its kind.
    private readonly Dictionary<string, List<(string[] Words, int Kind)>> _byFirstWord;

    private EntityGazetteer(IReadOnlyList<string> kinds, Dictionary<string, List<(string[], int)>> byFirstWord)
    {
        Kinds = kinds;
        _byFirstWord = byFirstWord;
    }

    /// <summary>
    /// For each word of a sentence (lower case), a bit mask of the listed names that cover it: bit
    /// 2·kind when a name of that kind starts at the word, bit 2·kind + 1 when it continues there.
    /// </summary>
    public int[] Mark(IReadOnlyList<string> lowerWords)
    {
        var marks = new int[lowerWords.Count];
        for (var i = 0; i < lowerWords.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(lowerWords[i], out var names)) continue;
            foreach (var (words, kind) in names)
            {
                if (!Matches(lowerWords, i, words)) continue;
                marks[i] |= 1 << (2 * kind);
                for (var j = 1; j < words.Length; j++) marks[i + j] |= 1 << (2 * kind + 1);
            }
        }
        return marks;
    }

    private static bool Matches(IReadOnlyList<string> lowerWords, int start, string[] words)
    {
        if (start + words.Length > lowerWords.Count) return false;
        for (var j = 1; j < words.Length; j++)
            if (lowerWords[start + j] != words[j]) return false;
        return true;
    }

    private static EntityGazetteer Load()
    {
        var kinds = new List<string>();
        var byFirstWord = new Dictionary<string, List<(string[], int)>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedResources.ReadTable("entity-gazetteer.tsv"))
        {
            var kind = kinds.IndexOf(row[0]);
            if (kind < 0) { kind = kinds.Count; kinds.Add(row[0]); }
            foreach (var name in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var words = EntityTokenizer.Words(name).Select(w => EntityText.Normalize(w).ToLowerInvariant()).ToArray();
                if (!byFirstWord.TryGetValue(words[0], out var list)) byFirstWord[words[0]] = list = [];
                list.Add((words, kind));
            }
        }
        if (kinds.Count > 15) throw new InvalidOperationException("entity gazetteer has more kinds than a mark can hold");
        return new EntityGazetteer(kinds, byFirstWord);
    }
}
