using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// One normalised block during cleaning. <see cref="Reason"/> is set once a rule removes it from
/// the body; <see cref="SplitOff"/> holds a part cut from its end (a wire sign-off) while the
/// rest stays in the body.
/// </summary>
internal sealed class Paragraph(string text, BlockKind kind)
{
    public string Text { get; private set; } = text;
    public BlockKind Kind { get; } = kind;
    public string? Reason { get; set; }
    public RemovedText? SplitOff { get; private set; }
    public bool Kept => Reason is null;

    /// <summary>Keeps <paramref name="kept"/> in the body and lists the rest of the text as removed.</summary>
    public void Split(string kept, RemovedText removed)
    {
        Text = kept;
        SplitOff = removed;
    }
}
