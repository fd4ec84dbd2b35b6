using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>One article's coverage with its unique and omitted facts resolved (unknown fact ids dropped), and its number in the briefing.</summary>
internal sealed record CoveredArticle(Article Article, int Number, ArticleCoverage Coverage, IReadOnlyList<Fact> Unique, IReadOnlyList<Fact> Omitted);
