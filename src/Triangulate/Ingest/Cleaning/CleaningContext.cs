namespace Triangulate.Ingest.Cleaning;

/// <summary>The paragraphs of one document being cleaned and the facts read from them so far.</summary>
internal sealed class CleaningContext(List<Paragraph> paragraphs)
{
    private readonly Dictionary<string, int> firstIndex = new(StringComparer.Ordinal);

    public List<Paragraph> Paragraphs { get; } = paragraphs;
    public ArticleFacts Facts { get; } = new();

    /// <summary>Index of the first paragraph with this text; records <paramref name="index"/> when it is the first.</summary>
    public int FirstIndexOf(string text, int index)
    {
        if (firstIndex.TryGetValue(text, out var first)) return first;
        firstIndex[text] = index;
        return index;
    }
}
