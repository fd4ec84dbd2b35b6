namespace Triangulate.Ingest.Cleaning;

/// <summary>One normalised block during cleaning; <see cref="Reason"/> is set once a rule removes it from the body.</summary>
internal sealed class Paragraph(string text, BlockKind kind)
{
    public string Text { get; } = text;
    public BlockKind Kind { get; } = kind;
    public string? Reason { get; set; }
    public bool Kept => Reason is null;
}
