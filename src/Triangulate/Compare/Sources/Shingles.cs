using Triangulate.Text;

namespace Triangulate.Compare.Sources;

/// <summary>
/// The distinct runs of <see cref="Size"/> consecutive words of a text (lower case), hashed: two texts
/// that share most of their shingles repeat each other's wording, whatever their headlines and endings.
/// </summary>
internal static class Shingles
{
    public const int Size = 5;

    public static HashSet<ulong> Of(string text)
    {
        var words = WordTokenizer.Tokenize(text);
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + Size <= words.Count; i++)
        {
            // FNV-1a over the words: stable across runs (string.GetHashCode is randomised per process).
            var hash = 14695981039346656037UL;
            for (var k = i; k < i + Size; k++)
            {
                foreach (var c in words[k].Norm) hash = (hash ^ c) * 1099511628211UL;
                hash = (hash ^ ' ') * 1099511628211UL;
            }
            shingles.Add(hash);
        }
        return shingles;
    }
}
