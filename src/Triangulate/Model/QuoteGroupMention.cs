namespace Triangulate.Model;

/// <summary>A quote mention placed in its article, as a member of a <see cref="QuoteGroup"/>.</summary>
public sealed record QuoteGroupMention(string Article, QuoteMention Mention);
