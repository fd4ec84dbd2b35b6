using Triangulate.Model;

namespace Triangulate.Annotate;

/// <summary>What the Annotate stage is told beyond the articles themselves.</summary>
public sealed record AnnotationOptions
{
    public static AnnotationOptions Default { get; } = new();

    /// <summary>
    /// The publication time of articles that carry none (given by the user, never guessed): it becomes
    /// such an article's <see cref="Article.Published"/>, the reference that relative dates
    /// ("Monday", "yesterday") are read against. An article's own publication time always wins.
    /// </summary>
    public PublicationTime? Published { get; init; }
}
