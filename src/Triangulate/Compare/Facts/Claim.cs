using Triangulate.Model;

namespace Triangulate.Compare.Facts;

/// <summary>
/// One statement of one article: a sentence, or the part of one between semicolons.
/// <see cref="ArticleIndex"/> is the article's place in story order; <see cref="Terms"/> what the
/// claim is compared by (see <see cref="ClaimTerms"/>).
/// </summary>
internal sealed record Claim(int ArticleIndex, string ArticleId, TextRange Range, string Text, IReadOnlyList<string> Terms);
