using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>
/// The story's facts by the sentences they cover: which facts a sentence states (their claims overlap
/// it) and how many distinct sources report it (the highest support among them, 1 when none covers
/// it). What selection uses to prefer corroborated content, and what gives a summary sentence its fact.
/// </summary>
internal sealed class FactSupport
{
    private readonly ILookup<string, (Citation Claim, Fact Fact)> claims;

    public FactSupport(IReadOnlyList<Fact> facts)
    {
        claims = facts.SelectMany(f => f.Citations.Select(c => (Claim: c, Fact: f))).ToLookup(x => x.Claim.Article, StringComparer.Ordinal);
        Max = facts.Select(f => f.Support).DefaultIfEmpty(1).Max();
    }

    /// <summary>The highest support of any fact.</summary>
    public int Max { get; }

    public int Of(string article, TextRange range) =>
        Stated(article, range).Select(x => x.Fact.Support).DefaultIfEmpty(1).Max();

    /// <summary>The facts of several sources whose claims overlap the range: a summary states each of them once.</summary>
    public IEnumerable<string> SharedFactsOf(string article, TextRange range) =>
        Stated(article, range).Where(x => x.Fact.Support > 1).Select(x => x.Fact.Id);

    /// <summary>The facts the range states, the one whose claim overlaps it most first (ties: the better supported).</summary>
    public IReadOnlyList<Fact> FactsOf(string article, TextRange range) =>
        Stated(article, range).OrderByDescending(x => x.Overlap).ThenByDescending(x => x.Fact.Support).Select(x => x.Fact).ToList();

    private IEnumerable<(Fact Fact, int Overlap)> Stated(string article, TextRange range) =>
        claims[article]
            .Select(x => (x.Fact, Overlap: Math.Min(range.End, x.Claim.End) - Math.Max(range.Start, x.Claim.Start)))
            .Where(x => x.Overlap > 0);
}
