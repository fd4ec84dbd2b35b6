using Triangulate.Model;

namespace Triangulate.Cli.Commands;

/// <summary>The articles that could be read, in canonical order, and one warning per input that could not.</summary>
internal sealed record LoadedArticles(IReadOnlyList<Article> Articles, IReadOnlyList<string> Warnings);
