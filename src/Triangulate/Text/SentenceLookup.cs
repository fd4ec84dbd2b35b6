using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>Which sentence of a body holds an offset: a binary search over the sentences, which are in body order.</summary>
public static class SentenceLookup
{
    /// <summary>The index of the sentence holding <paramref name="offset"/>; between two sentences, the bitwise complement of the next one's index.</summary>
    public static int IndexAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var range = sentences[mid].Range;
            if (offset < range.Start) high = mid - 1;
            else if (offset >= range.End) low = mid + 1;
            else return mid;
        }
        return ~low;
    }

    /// <summary>The sentence holding <paramref name="offset"/>, or null when it falls between sentences.</summary>
    public static Sentence? At(IReadOnlyList<Sentence> sentences, int offset)
    {
        var k = IndexAt(sentences, offset);
        return k >= 0 ? sentences[k] : null;
    }
}
