using Triangulate.Text;

namespace Triangulate.Compare.Quotes;

/// <summary>
/// A quote's words as compared across outlets: <see cref="Keys"/> are every word, lower case with
/// British/American spelling folded (so punctuation, case and quote marks never count), and
/// <see cref="Stems"/> the stemmed content words (no function words) that overlap is measured on.
/// </summary>
internal sealed record QuoteWords(IReadOnlyList<string> Keys, IReadOnlySet<string> Stems)
{
    /// <summary>The wording with punctuation, case and spelling variants taken out.</summary>
    public string Key { get; } = string.Join(' ', Keys);

    public static QuoteWords Of(string text, TermStemmer stemmer)
    {
        var keys = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            var key = SpellingNormalizer.Normalize(token.Norm);
            keys.Add(key);
            if (!StopWords.Contains(token.Norm) && key.Any(char.IsLetter)) stems.Add(stemmer.Stem(key));
        }
        return new QuoteWords(keys, stems);
    }

    /// <summary>Whether <paramref name="part"/>'s words occur, in order and together, among these.</summary>
    public bool ContainsRun(QuoteWords part)
    {
        if (part.Keys.Count == 0 || part.Keys.Count > Keys.Count) return false;
        for (var i = 0; i + part.Keys.Count <= Keys.Count; i++)
        {
            var j = 0;
            while (j < part.Keys.Count && Keys[i + j] == part.Keys[j]) j++;
            if (j == part.Keys.Count) return true;
        }
        return false;
    }
}
