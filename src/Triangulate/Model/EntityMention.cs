namespace Triangulate.Model;

/// <summary>A name in one article's body ("Wendy Sherman", "NATO", "Geneva") and what kind of entity it names.</summary>
public sealed record EntityMention(TextRange Range, EntityType Type)
{
    /// <summary>The id of the entity it names across the articles read together; null until they are compared.</summary>
    public string? Entity { get; init; }
}
