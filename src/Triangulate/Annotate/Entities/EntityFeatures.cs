namespace Triangulate.Annotate.Entities;

/// <summary>
/// The features of each token of one document, as hashed numbers (see <see cref="FeatureHash"/>): the word,
/// its lower-case form, prefixes and suffixes of one to four characters, its shape, its position, the
/// words and shapes up to two tokens either side, gazetteer marks, and two document-level cues: whether
/// the word is written capitalised in the middle of a sentence elsewhere in the document, and whether it
/// is written in lower case elsewhere. Those cues tell a name at the start of a sentence, or in an
/// all-capitals headline, from a common word. Only the words are read: never part-of-speech tags.
/// Training and tagging share this class, so a change here needs <see cref="Version"/> raised and the
/// model retrained.
/// </summary>
internal sealed class EntityFeatures
{
    /// <summary>Recorded in the model file; the tagger refuses a model built with other features.</summary>
    public const int Version = 1;

    private const string Before = "<s>", After = "</s>";

    private readonly TokenInfo[][] _sentences;
    private readonly bool[] _upperSentence;
    private readonly Dictionary<string, int> _capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lowerCase = new(StringComparer.Ordinal);

    public EntityFeatures(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var gazetteer = EntityGazetteer.Instance;
        _sentences = new TokenInfo[sentences.Count][];
        _upperSentence = new bool[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Select(EntityText.Normalize).ToArray();
            var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
            var marks = gazetteer.Mark(lower);
            _upperSentence[s] = IsUpperCase(words);
            var tokens = _sentences[s] = new TokenInfo[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                var capitalised = !_upperSentence[s] && i > 0 && char.IsUpper(words[i][0]);
                var lowerCase = !_upperSentence[s] && char.IsLower(words[i][0]);
                if (capitalised) Count(_capitalisedMidSentence, lower[i]);
                if (lowerCase) Count(_lowerCase, lower[i]);
                tokens[i] = new TokenInfo(words[i], lower[i], WordShape.Long(words[i]), WordShape.Short(words[i]), marks[i], capitalised, lowerCase);
            }
        }
    }

    public int SentenceCount => _sentences.Length;

    public int Length(int sentence) => _sentences[sentence].Length;

    /// <summary>Adds the features of token <paramref name="i"/> of sentence <paramref name="sentence"/> to <paramref name="into"/>.</summary>
    public void Extract(int sentence, int i, List<ulong> into)
    {
        var tokens = _sentences[sentence];
        var t = tokens[i];
        var word = t.Word.AsSpan();
        into.Add(FeatureHash.Of(0));
        into.Add(FeatureHash.Of(1, word));
        into.Add(FeatureHash.Of(2, t.Lower));
        for (var k = 1; k <= 4 && k <= word.Length; k++)
        {
            into.Add(FeatureHash.Of(2 + k, word[..k]));
            into.Add(FeatureHash.Of(6 + k, word[^k..]));
        }
        into.Add(FeatureHash.Of(11, t.Shape));
        into.Add(FeatureHash.Of(12, t.ShortShape));
        if (i == 0) into.Add(FeatureHash.Of(13, t.ShortShape));
        into.Add(FeatureHash.Of(14, Lower(tokens, i - 1)));
        into.Add(FeatureHash.Of(15, Lower(tokens, i + 1)));
        into.Add(FeatureHash.Of(16, Lower(tokens, i - 2)));
        into.Add(FeatureHash.Of(17, Lower(tokens, i + 2)));
        into.Add(FeatureHash.Of(18, Shape(tokens, i - 1)));
        into.Add(FeatureHash.Of(19, Shape(tokens, i + 1)));
        into.Add(FeatureHash.Of(20, ShortShape(tokens, i - 2)));
        into.Add(FeatureHash.Of(21, ShortShape(tokens, i + 2)));
        into.Add(FeatureHash.Of(22, Lower(tokens, i - 1), t.Lower));
        into.Add(FeatureHash.Of(23, t.Lower, Lower(tokens, i + 1)));
        into.Add(FeatureHash.Of(24, ShortShape(tokens, i - 1), t.ShortShape, ShortShape(tokens, i + 1)));
        into.Add(FeatureHash.Of(31, Lower(tokens, i - 1), t.ShortShape));
        into.Add(FeatureHash.Of(32, t.ShortShape, Lower(tokens, i + 1)));

        var elsewhereCapitalised = Elsewhere(_capitalisedMidSentence, t.Lower, t.CountedCapitalised);
        var elsewhereLower = Elsewhere(_lowerCase, t.Lower, t.CountedLower);
        into.Add(FeatureHash.Of(25, elsewhereCapitalised ? "c" : "-", t.ShortShape));
        into.Add(FeatureHash.Of(26, elsewhereLower ? "l" : "-", t.ShortShape));
        into.Add(FeatureHash.Of(33, elsewhereCapitalised ? "c" : "-", elsewhereLower ? "l" : "-", i == 0 ? "0" : "n"));
        if (_upperSentence[sentence]) into.Add(FeatureHash.Of(30, t.Lower));

        AddMarks(27, t.Marks, into);
        if (i > 0) AddMarks(28, tokens[i - 1].Marks, into);
        if (i + 1 < tokens.Length) AddMarks(29, tokens[i + 1].Marks, into);
    }

    private static void AddMarks(int template, int marks, List<ulong> into)
    {
        for (var bit = 0; marks != 0; bit++, marks >>= 1)
            if ((marks & 1) != 0) into.Add(FeatureHash.Of(template, [(char)('a' + bit)]));
    }

    // Seen so elsewhere in the document: counted occurrences other than this token's own.
    private static bool Elsewhere(Dictionary<string, int> counts, string lower, bool countedHere) =>
        counts.TryGetValue(lower, out var n) && n > (countedHere ? 1 : 0);

    private static string Lower(TokenInfo[] tokens, int i) => i < 0 ? Before : i >= tokens.Length ? After : tokens[i].Lower;

    private static string Shape(TokenInfo[] tokens, int i) => i < 0 ? Before : i >= tokens.Length ? After : tokens[i].Shape;

    private static string ShortShape(TokenInfo[] tokens, int i) => i < 0 ? Before : i >= tokens.Length ? After : tokens[i].ShortShape;

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    // A headline in capitals ("RUSSIA SAYS TALKS FAILED"): casing says nothing there.
    private static bool IsUpperCase(string[] words)
    {
        int upper = 0, other = 0;
        foreach (var w in words)
        {
            if (!w.Any(char.IsLetter)) continue;
            if (w.Any(char.IsLower)) other++;
            else upper++;
        }
        return upper >= 2 && other * 5 <= upper;
    }

    private readonly record struct TokenInfo(
        string Word, string Lower, string Shape, string ShortShape, int Marks, bool CountedCapitalised, bool CountedLower);
}
