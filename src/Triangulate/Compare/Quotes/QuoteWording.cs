namespace Triangulate.Compare.Quotes;

/// <summary>
/// The wording of a quote as shown: its exact text without surrounding space or the comma, colon or
/// semicolon that news style puts inside the closing quotation mark ("policy," → "policy").
/// </summary>
internal static class QuoteWording
{
    private static readonly char[] Trailing = [',', ';', ':'];

    public static string Of(string text) => text.Trim().TrimEnd(Trailing).TrimEnd();

    /// <summary>
    /// The wording most articles carry (wordings equal but for punctuation, case and spelling count as
    /// one); ties go to the longest, then the ordinal first. Shown in the form its articles use most (ties: longest, then ordinal).
    /// </summary>
    public static string Canonical(IReadOnlyList<PlacedQuote> members) =>
        members.GroupBy(m => m.Words.Key, StringComparer.Ordinal)
            .Select(g => (Count: ArticleCount(g), Text: Representative(g)))
            .OrderByDescending(w => w.Count).ThenByDescending(w => w.Text.Length).ThenBy(w => w.Text, StringComparer.Ordinal)
            .First().Text;

    private static string Representative(IEnumerable<PlacedQuote> same) =>
        same.GroupBy(m => Of(m.Text), StringComparer.Ordinal)
            .OrderByDescending(ArticleCount).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

    private static int ArticleCount(IEnumerable<PlacedQuote> quotes) => quotes.Select(q => q.ArticleId).Distinct().Count();
}
