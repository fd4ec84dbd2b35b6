namespace Triangulate.Model;

/// <summary>A photo caption found in the page, kept out of the body, with its credit when given.</summary>
public sealed record Caption(string Text, string? Credit);
