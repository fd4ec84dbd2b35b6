namespace Triangulate.Compare.Quotes;

/// <summary>
/// Puts the quotes of a story into groups, one per utterance. Quotes are taken in story order
/// (article, then offset); each joins the group it matches best (ties: the earliest group) or starts
/// one. A group whose known speaker is another person takes a quote only on a strong match: the same
/// words given to two people are an attribution conflict, a shared phrase by two people is not.
/// </summary>
internal static class QuoteGrouper
{
    public static IReadOnlyList<IReadOnlyList<PlacedQuote>> Group(IEnumerable<PlacedQuote> quotes)
    {
        var groups = new List<List<PlacedQuote>>();
        foreach (var quote in quotes.OrderBy(q => q.ArticleIndex).ThenBy(q => q.Mention.Content.Start).ThenBy(q => q.Mention.Content.End))
        {
            List<PlacedQuote>? best = null;
            var bestScore = 0.0;
            foreach (var group in groups)
            {
                var match = BestMatch(quote, group);
                if (!match.Matches || (!match.Strong && Contradicts(quote, group))) continue;
                if (match.Score > bestScore)
                {
                    best = group;
                    bestScore = match.Score;
                }
            }
            if (best is null) groups.Add(best = []);
            best.Add(quote);
        }
        return groups;
    }

    private static QuoteMatch BestMatch(PlacedQuote quote, List<PlacedQuote> group)
    {
        var best = QuoteMatch.None;
        foreach (var member in group)
        {
            var match = QuoteMatcher.Compare(quote.Words, member.Words);
            if (match.Matches && (!best.Matches || match.Score > best.Score || (match.Score == best.Score && match.Strong))) best = match;
        }
        return best;
    }

    /// <summary>Both the quote and a member of the group have a known speaker, and they are different entities.</summary>
    private static bool Contradicts(PlacedQuote quote, List<PlacedQuote> group) =>
        quote.Speaker is { } speaker && group.Any(m => m.Speaker is { } other && other.Id != speaker.Id);
}
