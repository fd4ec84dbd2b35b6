using Triangulate.Compare.People;
using Triangulate.Compare.Sources;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Facts;

/// <summary>
/// Splits the articles into claims (<see cref="ClaimSplitter"/>) and groups the claims of different
/// articles that say the same thing into facts. Two claims link when each is the other's most similar
/// claim in the other's article by cosine (<see cref="ClaimVectors"/>: weighted overlap at least
/// <see cref="MinSimilarity"/>, cosine at least <see cref="MinCosine"/>) and they share two terms, one a word;
/// links merge groups strongest first, only while a group holds one claim per article and its members
/// stay alike on average (no chains of loosely related claims); a claim left alone then joins a group
/// when its article tells the group's dated event a second time. Every claim is in exactly one fact.
/// A fact's text is the claim of its first article in story order, its citations every claim in story
/// order. Facts come by support (distinct sources) descending, then by first citation in story order.
/// The result does not depend on the articles' order except for which claim gives the text.
/// </summary>
public static class FactAligner
{
    /// <summary>Weighted overlap two claims need to link; chosen on the Geneva sample (see the `facts` bench).</summary>
    public const double MinSimilarity = 0.45;

    /// <summary>Cosine they need as well: a short claim is not the same fact as a long one that merely contains its words.</summary>
    public const double MinCosine = 0.2;

    /// <summary>Terms two claims must share to link, at least one of them a word.</summary>
    private const int MinSharedTerms = 2;

    /// <summary>Mean similarity across two groups that merging them needs (missing pairs count as 0).</summary>
    private const double MinCoherence = 0.3;

    /// <summary>Similarities below this are not kept: they never link nor help coherence.</summary>
    private const double Floor = 0.1;

    /// <summary>Terms in more claims than this (or a tenth of the claims, when more) do not propose pairs.</summary>
    private const int MinPostingsCap = 32;

    public static IReadOnlyList<Fact> Align(IReadOnlyList<AnnotatedArticle> articles, StorySources sources, EntityResolution entities)
    {
        var claims = Claims(articles, entities);
        if (claims.Count == 0) return [];
        var vectors = new ClaimVectors(claims);
        var similar = Similarities(claims, vectors);
        var groups = Link(claims, similar, vectors);
        return Facts(claims, groups, sources);
    }

    /// <summary>Claims in a canonical order (article id, then position), so that ties never follow the input's order.</summary>
    private static List<Claim> Claims(IReadOnlyList<AnnotatedArticle> articles, EntityResolution entities)
    {
        var stemmer = new TermStemmer();
        var claims = new List<Claim>();
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            foreach (var range in ClaimSplitter.Split(article))
                claims.Add(new Claim(i, article.Id, range, range.Slice(article.Article.Body), ClaimTerms.Of(article, range, entities, stemmer)));
        }
        return claims.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Range.Start).ToList();
    }

    private static Dictionary<(int, int), double> Similarities(List<Claim> claims, ClaimVectors vectors)
    {
        var maxPostings = Math.Max(MinPostingsCap, claims.Count / 10);
        var scores = new double[claims.Count];
        var similar = new Dictionary<(int, int), double>();
        for (var a = 0; a < claims.Count; a++)
            foreach (var (b, partial) in vectors.Neighbours(a, maxPostings, scores))
            {
                // The partial dot product leaves out only common terms: a cheap filter before the exact scores.
                if (claims[a].ArticleId == claims[b].ArticleId || vectors.Overlap(a, b, partial) < Floor / 2) continue;
                if (vectors.Cosine(a, b) < MinCosine) continue;
                var similarity = vectors.Overlap(a, b);
                if (similarity >= Floor) similar[(a, b)] = similarity;
            }
        return similar;
    }

    /// <summary>Groups of claim indexes: mutual best matches merged strongest first while each group stays coherent.</summary>
    private static List<List<int>> Link(List<Claim> claims, Dictionary<(int, int), double> similar, ClaimVectors vectors)
    {
        // Each claim's best match in each other article: highest cosine, then lowest index. (Not the overlap,
        // which a short claim sharing a few words with a long one would win.)
        var best = new Dictionary<(int Claim, string Article), (int Other, double Sim)>();
        void Offer(int a, int b, double sim)
        {
            var key = (a, claims[b].ArticleId);
            if (!best.TryGetValue(key, out var current) || sim > current.Sim || (sim == current.Sim && b < current.Other)) best[key] = (b, sim);
        }
        foreach (var (a, b) in similar.Keys)
        {
            var cosine = vectors.Cosine(a, b);
            Offer(a, b, cosine);
            Offer(b, a, cosine);
        }
        var links = similar.Where(p => p.Value >= MinSimilarity && SharesEnough(claims[p.Key.Item1], claims[p.Key.Item2])
                && best[(p.Key.Item1, claims[p.Key.Item2].ArticleId)].Other == p.Key.Item2
                && best[(p.Key.Item2, claims[p.Key.Item1].ArticleId)].Other == p.Key.Item1)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2)
            .Select(p => p.Key).ToList();

        var groupOf = Enumerable.Range(0, claims.Count).ToArray();
        var members = Enumerable.Range(0, claims.Count).Select(c => new List<int> { c }).ToList();
        foreach (var (a, b) in links)
        {
            int ga = groupOf[a], gb = groupOf[b];
            if (ga == gb || !CanMerge(members[ga], members[gb], claims, similar)) continue;
            foreach (var c in members[gb]) groupOf[c] = ga;
            members[ga].AddRange(members[gb]);
            members[gb].Clear();
        }
        var groups = members.Where(m => m.Count > 0).ToList();
        AbsorbSecondTellings(groups, claims, similar, vectors);
        return groups;
    }

    /// <summary>
    /// An article may tell one dated event in two sentences ("met informally on Sunday evening" … "in the
    /// talks on Sunday had stressed …"), while a fact links one claim per article. A claim left alone joins
    /// the group of several articles whose member of another article gives the same date (not the story's
    /// main day) and which it matches as well as its own article's member does (and at least as a link
    /// needs): the article is cited for both. Decided on the groups as linked, so one absorption never
    /// enables another.
    /// </summary>
    private static void AbsorbSecondTellings(List<List<int>> groups, List<Claim> claims, Dictionary<(int, int), double> similar, ClaimVectors vectors)
    {
        var groupOf = new int[claims.Count];
        for (var g = 0; g < groups.Count; g++)
            foreach (var c in groups[g]) groupOf[c] = g;
        var neighbours = new List<(int Other, double Sim)>[claims.Count];
        foreach (var ((a, b), sim) in similar)
        {
            if (sim < MinSimilarity) continue;
            (neighbours[a] ??= []).Add((b, sim));
            (neighbours[b] ??= []).Add((a, sim));
        }
        var joins = new List<(int Group, int Single)>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Count != 1 || neighbours[groups[g][0]] is not { } near) continue;
            var c = groups[g][0];
            var (bestGroup, best) = (-1, 0.0);
            foreach (var (m, sim) in near.OrderBy(n => n.Other))
            {
                var group = groups[groupOf[m]];
                if (group.Count < 2 || claims[m].ArticleId == claims[c].ArticleId) continue;
                var mate = group.FirstOrDefault(x => claims[x].ArticleId == claims[c].ArticleId, -1);
                if (mate < 0 || sim < Similarity(similar, mate, m) || !SharesEnough(claims[c], claims[m]) || !vectors.ShareSpecificDate(c, m)) continue;
                if (sim > best) (bestGroup, best) = (groupOf[m], sim);
            }
            if (bestGroup >= 0) joins.Add((bestGroup, g));
        }
        foreach (var (group, single) in joins)
        {
            groups[group].Add(groups[single][0]);
            groups[single].Clear();
        }
        groups.RemoveAll(g => g.Count == 0);
    }

    /// <summary>
    /// Whether the claims share at least two terms, one of them a word, not only names, numbers and
    /// dates: "Biden and Putin held two calls in December" and "Biden and Putin decided last month to …"
    /// report different things, and one shared word ("signed") is chance.
    /// </summary>
    private static bool SharesEnough(Claim x, Claim y)
    {
        int i = 0, j = 0, shared = 0;
        var word = false;
        while (i < x.Terms.Count && j < y.Terms.Count)
        {
            var order = string.CompareOrdinal(x.Terms[i], y.Terms[j]);
            if (order == 0)
            {
                shared++;
                word |= !x.Terms[i].StartsWith('#');
            }
            if (order <= 0) i++;
            if (order >= 0) j++;
        }
        return word && shared >= MinSharedTerms;
    }

    /// <summary>The kept similarity of two claims (stored once, under the lower index first), 0 when below the floor.</summary>
    private static double Similarity(Dictionary<(int, int), double> similar, int a, int b) =>
        similar.GetValueOrDefault(a < b ? (a, b) : (b, a));

    private static bool CanMerge(List<int> x, List<int> y, List<Claim> claims, Dictionary<(int, int), double> similar)
    {
        if (x.Any(a => y.Any(b => claims[a].ArticleId == claims[b].ArticleId))) return false;
        var sum = 0.0;
        foreach (var a in x)
            foreach (var b in y)
                sum += Similarity(similar, a, b);
        return sum / (x.Count * y.Count) >= MinCoherence;
    }

    private static List<Fact> Facts(List<Claim> claims, List<List<int>> groups, StorySources sources)
    {
        var ids = new StableIds();
        // Ids are given in canonical order and hash the claims' texts, sorted: the same whatever the input order.
        var built = groups.OrderBy(g => g.Min()).Select(g =>
        {
            var ordered = g.Select(c => claims[c]).OrderBy(c => c.ArticleIndex).ThenBy(c => c.Range.Start).ToList();
            var id = ids.Next(string.Join("\n", ordered.Select(c => c.Text).Order(StringComparer.Ordinal)));
            var fact = new Fact(id, ordered[0].Text, sources.Count(ordered.Select(c => c.ArticleId)),
                ordered.Select(c => new Citation(c.ArticleId, c.Range.Start, c.Range.End)).ToList());
            return (Fact: fact, First: ordered[0]);
        });
        return built.OrderByDescending(f => f.Fact.Support).ThenBy(f => f.First.ArticleIndex).ThenBy(f => f.First.Range.Start)
            .Select(f => f.Fact).ToList();
    }
}
