namespace Triangulate.Model;

/// <summary>A name in one article's body ("Wendy Sherman", "NATO", "Geneva") and what kind of entity it names.</summary>
public sealed record EntityMention(TextRange Range, EntityType Type);
