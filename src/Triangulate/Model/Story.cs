namespace Triangulate.Model;

/// <summary>
/// The event the articles report. <see cref="ReferenceDate"/> is the most common publication date
/// among the articles, null when none has one (never today's date).
/// </summary>
public sealed record Story(string Title, DateOnly? ReferenceDate);
