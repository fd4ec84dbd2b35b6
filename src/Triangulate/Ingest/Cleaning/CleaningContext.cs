namespace Triangulate.Ingest.Cleaning;

/// <summary>The paragraphs of one document being cleaned and the facts read from them so far.</summary>
internal sealed class CleaningContext(List<Paragraph> paragraphs)
{
    public List<Paragraph> Paragraphs { get; } = paragraphs;
    public ArticleFacts Facts { get; } = new();
}
