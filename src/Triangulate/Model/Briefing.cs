namespace Triangulate.Model;

/// <summary>Everything the Brief stage produced for one story; renderers only format it.</summary>
public sealed record Briefing(Story Story, IReadOnlyList<Article> Articles, IReadOnlyList<SummarySentence> Summary);
