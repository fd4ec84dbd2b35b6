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
    public const int Version = 2;

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
                tokens[i] = TokenInfo.Of(words[i], lower[i], marks[i], capitalised, lowerCase);
            }
        }
    }

    public int Length(int sentence) => _sentences[sentence].Length;

    /// <summary>Adds the features of token <paramref name="i"/> of sentence <paramref name="sentence"/> to <paramref name="into"/>.</summary>
    public void Extract(int sentence, int i, List<ulong> into)
    {
        var tokens = _sentences[sentence];
        var t = tokens[i];
        var word = t.Word.AsSpan();
        into.Add(FeatureHash.Of(0));
        into.Add(FeatureHash.Combine(1, t.WordHash));
        into.Add(FeatureHash.Combine(2, t.LowerHash));
        for (var k = 1; k <= 4 && k <= word.Length; k++)
        {
            into.Add(FeatureHash.Of(2 + k, word[..k]));
            into.Add(FeatureHash.Of(6 + k, word[^k..]));
        }
        into.Add(FeatureHash.Combine(11, t.ShapeHash));
        into.Add(FeatureHash.Combine(12, t.ShortShapeHash));
        if (i == 0) into.Add(FeatureHash.Combine(13, t.ShortShapeHash));
        into.Add(FeatureHash.Combine(14, At(tokens, i - 1).LowerHash));
        into.Add(FeatureHash.Combine(15, At(tokens, i + 1).LowerHash));
        into.Add(FeatureHash.Combine(16, At(tokens, i - 2).LowerHash));
        into.Add(FeatureHash.Combine(17, At(tokens, i + 2).LowerHash));
        into.Add(FeatureHash.Combine(18, At(tokens, i - 1).ShapeHash));
        into.Add(FeatureHash.Combine(19, At(tokens, i + 1).ShapeHash));
        into.Add(FeatureHash.Combine(20, At(tokens, i - 2).ShortShapeHash));
        into.Add(FeatureHash.Combine(21, At(tokens, i + 2).ShortShapeHash));
        into.Add(FeatureHash.Combine(22, At(tokens, i - 1).LowerHash, t.LowerHash));
        into.Add(FeatureHash.Combine(23, t.LowerHash, At(tokens, i + 1).LowerHash));
        into.Add(FeatureHash.Combine(24, At(tokens, i - 1).ShortShapeHash, t.ShortShapeHash, At(tokens, i + 1).ShortShapeHash));
        into.Add(FeatureHash.Combine(31, At(tokens, i - 1).LowerHash, t.ShortShapeHash));
        into.Add(FeatureHash.Combine(32, t.ShortShapeHash, At(tokens, i + 1).LowerHash));

        var elsewhereCapitalised = Elsewhere(_capitalisedMidSentence, t.Lower, t.CountedCapitalised) ? 1UL : 0;
        var elsewhereLower = Elsewhere(_lowerCase, t.Lower, t.CountedLower) ? 1UL : 0;
        into.Add(FeatureHash.Combine(25, elsewhereCapitalised, t.ShortShapeHash));
        into.Add(FeatureHash.Combine(26, elsewhereLower, t.ShortShapeHash));
        into.Add(FeatureHash.Combine(33, elsewhereCapitalised, elsewhereLower, i == 0 ? 1UL : 0));
        if (_upperSentence[sentence]) into.Add(FeatureHash.Combine(30, t.LowerHash));

        AddMarks(27, t.Marks, into);
        if (i > 0) AddMarks(28, tokens[i - 1].Marks, into);
        if (i + 1 < tokens.Length) AddMarks(29, tokens[i + 1].Marks, into);
    }

    private static void AddMarks(int template, int marks, List<ulong> into)
    {
        for (var bit = 0; marks != 0; bit++, marks >>= 1)
            if ((marks & 1) != 0) into.Add(FeatureHash.Combine(template, (ulong)bit));
    }

    // Seen so elsewhere in the document: counted occurrences other than this token's own.
    private static bool Elsewhere(Dictionary<string, int> counts, string lower, bool countedHere) =>
        counts.TryGetValue(lower, out var n) && n > (countedHere ? 1 : 0);

    private static TokenInfo At(TokenInfo[] tokens, int i) => i < 0 ? TokenInfo.Before : i >= tokens.Length ? TokenInfo.After : tokens[i];

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

    // A token with the hashes of its word, lower-case form and shapes, computed once for all the features that read them.
    private readonly record struct TokenInfo(
        string Word, string Lower, int Marks, bool CountedCapitalised, bool CountedLower,
        ulong WordHash, ulong LowerHash, ulong ShapeHash, ulong ShortShapeHash)
    {
        public static readonly TokenInfo Before = Padding("<s>"), After = Padding("</s>");

        public static TokenInfo Of(string word, string lower, int marks, bool countedCapitalised, bool countedLower) =>
            new(word, lower, marks, countedCapitalised, countedLower, FeatureHash.Of(word), FeatureHash.Of(lower),
                FeatureHash.Of(WordShape.Long(word)), FeatureHash.Of(WordShape.Short(word)));

        private static TokenInfo Padding(string text)
        {
            var hash = FeatureHash.Of(text);
            return new TokenInfo(text, text, 0, false, false, hash, hash, hash, hash);
        }
    }
}
