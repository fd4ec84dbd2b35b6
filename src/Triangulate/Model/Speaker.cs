namespace Triangulate.Model;

/// <summary>Who said something: the fullest name the article gives, and their role when stated.</summary>
public sealed record Speaker(string Name, string? Role);
