namespace Triangulate.Model;

/// <summary>
/// One sentence of the briefing. Extractive: <see cref="Text"/> is the exact text of the first
/// citation; later citations are other articles that report the same content.
/// </summary>
public sealed record SummarySentence(string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>The id of the fact the sentence states (see <see cref="Fact"/>), or null when no fact was aligned.</summary>
    public string? Fact { get; init; }

    /// <summary>How many distinct sources report it (a wire story and its copies count once); 1 means one source alone.</summary>
    public int Support { get; init; } = 1;
}
