using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>Splits an article body into sentences. Minimal first version: paragraph = sentence.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string body)
    {
        var sentences = new List<Sentence>();
        int paragraph = 0, start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = body.Length;
            if (end > start) sentences.Add(new Sentence(sentences.Count, new TextRange(start, end), paragraph));
            paragraph++;
            start = end + 2;
        }
        return sentences;
    }
}
