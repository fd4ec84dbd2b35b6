using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>
/// How many distinct sources report what a sentence says: the highest support of the facts whose
/// claims overlap it (1 when no fact covers it). What selection uses to prefer corroborated content.
/// </summary>
internal sealed class FactSupport
{
    private readonly ILookup<string, (Citation Claim, int Support, string Fact)> claims;

    public FactSupport(IReadOnlyList<Fact> facts)
    {
        claims = facts.SelectMany(f => f.Citations.Select(c => (Claim: c, f.Support, Fact: f.Id))).ToLookup(x => x.Claim.Article, StringComparer.Ordinal);
        Max = facts.Select(f => f.Support).DefaultIfEmpty(1).Max();
    }

    public static FactSupport None { get; } = new([]);

    /// <summary>The highest support of any fact.</summary>
    public int Max { get; }

    public int Of(string article, TextRange range)
    {
        var best = 1;
        foreach (var (claim, support, _) in claims[article])
            if (claim.Start < range.End && range.Start < claim.End && support > best) best = support;
        return best;
    }

    /// <summary>The facts of several sources whose claims overlap the range: a summary states each of them once.</summary>
    public IEnumerable<string> SharedFactsOf(string article, TextRange range) =>
        claims[article].Where(x => x.Support > 1 && x.Claim.Start < range.End && range.Start < x.Claim.End).Select(x => x.Fact);
}
