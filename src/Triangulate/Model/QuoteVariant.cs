namespace Triangulate.Model;

/// <summary>
/// How one article worded a quote that others carry too: its text, a word-level diff against the
/// group's canonical text, and whether the words differ in substance ("slam closed" vs "close") rather
/// than in punctuation or spelling.
/// </summary>
public sealed record QuoteVariant(string Article, string Text, string Diff, bool Substantive);
