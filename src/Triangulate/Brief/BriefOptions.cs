namespace Triangulate.Brief;

/// <summary>Options of the Brief stage.</summary>
public sealed record BriefOptions
{
    /// <summary>Word budget of the summary.</summary>
    public int Words { get; init; } = 150;

    public static BriefOptions Default { get; } = new();
}
