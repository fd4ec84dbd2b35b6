using Lucene.Net.Tartarus.Snowball.Ext;

namespace Triangulate.Text;

/// <summary>
/// Porter stems of normalised words ("talks" → "talk"), with the possessive "'s" dropped first.
/// Caches results; one instance per thread (the underlying stemmer keeps state).
/// </summary>
public sealed class TermStemmer
{
    private readonly PorterStemmer stemmer = new();
    private readonly Dictionary<string, string> cache = new(StringComparer.Ordinal);

    public string Stem(string norm)
    {
        if (cache.TryGetValue(norm, out var stem)) return stem;
        var word = norm.EndsWith("'s", StringComparison.Ordinal) ? norm[..^2] : norm.TrimEnd('\'');
        if (word.Length > 2 && word.All(char.IsLetter))
        {
            stemmer.SetCurrent(word);
            stemmer.Stem();
            word = stemmer.Current;
        }
        cache[norm] = word;
        return word;
    }
}
