using Triangulate.Resources;

namespace Triangulate.Compare.Framing;

/// <summary>
/// The word classes of <c>Resources/framing-lexicon.tsv</c>, loaded once and shared read-only. Entries
/// of several words ("hit back", "sticking point") match word by word; verbs and nouns match in any
/// inflected form of their first word.
/// </summary>
internal sealed class FramingLexicon
{
    private static readonly Lazy<FramingLexicon> Shared = new(Load);

    // First word form → the entries starting with it: the words after the first, and their class.
    private readonly Dictionary<string, List<(string[] Tail, FramingClass Class)>> entries = new(StringComparer.Ordinal);

    public static FramingLexicon Instance => Shared.Value;

    /// <summary>Whether <paramref name="word"/> (lower case) is a single-word entry of <paramref name="cls"/>.</summary>
    public bool Is(string word, FramingClass cls) =>
        entries.TryGetValue(word, out var list) && list.Exists(e => e.Class == cls && e.Tail.Length == 0);

    /// <summary>
    /// The longest entry of one of <paramref name="classes"/> starting at <paramref name="at"/> in
    /// <paramref name="words"/> (lower case): its length in words and its class, or 0 words.
    /// </summary>
    public (int Length, FramingClass Class) Match(IReadOnlyList<string> words, int at, params FramingClass[] classes)
    {
        var best = (Length: 0, Class: default(FramingClass));
        if (!entries.TryGetValue(words[at], out var list)) return best;
        foreach (var (tail, cls) in list)
        {
            if (Array.IndexOf(classes, cls) < 0 || tail.Length + 1 <= best.Length || at + tail.Length >= words.Count) continue;
            var all = true;
            for (var k = 0; k < tail.Length && all; k++) all = words[at + 1 + k] == tail[k];
            if (all) best = (tail.Length + 1, cls);
        }
        return best;
    }

    private static FramingLexicon Load()
    {
        var lexicon = new FramingLexicon();
        foreach (var row in EmbeddedResources.ReadTable("framing-lexicon.tsv"))
        {
            var cls = ClassOf(row[0]);
            foreach (var entry in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var words = entry.Split(' ');
                var forms = cls switch
                {
                    FramingClass.Verb or FramingClass.AsVerb or FramingClass.CallVerb => Inflections.OfVerb(words[0]),
                    FramingClass.Noun => Inflections.OfNoun(words[0]),
                    _ => [words[0]],
                };
                foreach (var form in forms)
                {
                    if (!lexicon.entries.TryGetValue(form, out var list)) lexicon.entries[form] = list = [];
                    if (!list.Exists(e => e.Class == cls && e.Tail.SequenceEqual(words[1..]))) list.Add((words[1..], cls));
                }
            }
        }
        return lexicon;
    }

    private static FramingClass ClassOf(string name) => name switch
    {
        "adjective" => FramingClass.Adjective,
        "noun" => FramingClass.Noun,
        "verb" => FramingClass.Verb,
        "describing" => FramingClass.Describing,
        "modifier" => FramingClass.Modifier,
        "intensifier" => FramingClass.Intensifier,
        "copula" => FramingClass.Copula,
        "as-verb" => FramingClass.AsVerb,
        "call-verb" => FramingClass.CallVerb,
        _ => throw new InvalidOperationException($"framing lexicon has an unknown class '{name}'"),
    };
}
