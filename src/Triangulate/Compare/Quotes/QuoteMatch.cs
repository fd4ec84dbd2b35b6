namespace Triangulate.Compare.Quotes;

/// <summary>
/// Whether two quotes are one utterance. <see cref="Strong"/>: they are largely the same words, not
/// one a fragment that merely occurs in the other, so the match holds even when outlets name
/// different speakers (that is then an attribution conflict).
/// </summary>
internal readonly record struct QuoteMatch(bool Matches, bool Strong, double Score)
{
    public static QuoteMatch None => default;
}
