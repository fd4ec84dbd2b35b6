using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Finds the quotes of one article body — direct, partial and indirect — with their cues and
/// speakers. Pure: the same body and sentences give the same mentions, in body order.
/// </summary>
public static class QuoteExtractor
{
    public static IReadOnlyList<QuoteMention> Extract(string body, IReadOnlyList<Sentence> sentences) => [];
}
