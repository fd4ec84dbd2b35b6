using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Triangulate.Bench.Summaries;

/// <summary>
/// ROUGE-N recall as ROUGE-1.5.5 computes it with <c>-n 2 -m -l LEN</c>: the summary is cut after
/// LEN whitespace words; text is lower-cased, '-' split off, everything but [a-z0-9] becomes a space,
/// words longer than 3 characters are Porter-stemmed (after WordNet's irregular forms, when Debian's
/// wordnet-base is installed, as ROUGE's exception database does); stop words are kept. Several
/// references are pooled: hits and reference n-grams are summed over all of them.
/// Not thread-safe (one stemmer per instance).
/// </summary>
public sealed class Rouge
{
    private const string WordNetDir = "/usr/share/wordnet";
    private readonly PorterStemmer stemmer = new();
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> exceptions = LoadExceptions();

    public (double Rouge1, double Rouge2) Recall(string summary, IReadOnlyList<string> references, int words)
    {
        var system = Tokens(summary, words);
        return (Recall(system, references, 1), Recall(system, references, 2));
    }

    private double Recall(List<string> system, IReadOnlyList<string> references, int n)
    {
        var systemGrams = Grams(system, n);
        long hits = 0, total = 0;
        foreach (var reference in references)
            foreach (var (gram, count) in Grams(Tokens(reference, 0), n))
            {
                hits += Math.Min(count, systemGrams.GetValueOrDefault(gram));
                total += count;
            }
        return total == 0 ? 0 : (double)hits / total;
    }

    public List<string> Tokens(string text, int limit)
    {
        var words = new List<string>();
        foreach (var line in text.Split('\n'))
            foreach (var word in line.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (limit > 0 && words.Count == limit) break;
                words.Add(word);
            }
        var sb = new StringBuilder();
        foreach (var c in string.Join(' ', words))
            sb.Append(c == '-' ? " - " : c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : ' ');
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t != "-")
            .Select(t => t.Length > 3 ? Stem(t) : t)
            .ToList();
    }

    private string Stem(string word)
    {
        if (stems.TryGetValue(word, out var stem)) return stem;
        if (!exceptions.TryGetValue(word, out stem))
        {
            stemmer.SetCurrent(word);
            stemmer.Stem();
            stem = stemmer.Current;
        }
        return stems[word] = stem;
    }

    private static Dictionary<string, int> Grams(List<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }
        return grams;
    }

    private static Dictionary<string, string> LoadExceptions()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(WordNetDir)) return map;
        foreach (var file in Directory.GetFiles(WordNetDir, "*.exc").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file, Encoding.Latin1))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2) map.TryAdd(parts[0], parts[1]);
            }
        return map;
    }
}
