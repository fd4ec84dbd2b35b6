namespace Triangulate.Model;

/// <summary>
/// A person, organisation or place across the story's articles: a stable id (hash of the fullest
/// name), that name, its kind ("person", "organization", "place"), the most informative role stated,
/// every other form the articles use, and where they name it.
/// </summary>
public sealed record StoryEntity(string Id, string Kind, string Name, string? Role, IReadOnlyList<string> Aliases, IReadOnlyList<Citation> Mentions);
