using Triangulate.Model;

namespace Triangulate.Compare.People;

/// <summary>
/// A name as one article gives it ("Ms Sherman", "the State Department"), with the role stated next
/// to it when any. <see cref="Kind"/> is null when the caller does not know it; the resolver then
/// tells people from organisations by the name's form.
/// </summary>
/// <see cref="Range"/> is where the name stands in the article's body, when the caller knows it.
public sealed record NameMention(string Article, string Name, string? Role = null, EntityKind? Kind = null, TextRange? Range = null);
