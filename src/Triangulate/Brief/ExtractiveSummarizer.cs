using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>
/// Extractive multi-document summary within a word budget. Sentences are chosen greedily for
/// coverage of the word pairs that several articles share (weighted by how many articles use them),
/// LexRank centrality across outlets, and a lead prior, per word of length; a sentence too similar
/// to one already chosen is skipped. A bounded swap search then improves the set on one concept
/// coverage objective under the same rules and budget. Every sentence cites its own span and then the matching
/// sentence of every other article that reports the same content; the summary is ordered by the
/// earliest relative position (sentence index / sentence count) of any cited sentence, so that what
/// the outlets lead with comes first.
/// Articles are processed in order of their ids, so the result does not depend on input order;
/// remaining ties go to the earlier article id, then the earlier offset.
/// </summary>
public static class ExtractiveSummarizer
{
    private const double SingleArticleWeight = 0.1;

    public static IReadOnlyList<SummarySentence> Summarize(IReadOnlyList<AnnotatedArticle> articles, BriefOptions options) =>
        Summarize(articles, options, [], SummaryTuning.Default);

    /// <summary>The summary, preferring what more distinct sources report according to the story's fact groups.</summary>
    public static IReadOnlyList<SummarySentence> Summarize(IReadOnlyList<AnnotatedArticle> articles, BriefOptions options, IReadOnlyList<Fact> facts) =>
        Summarize(articles, options, facts, SummaryTuning.Default);

    internal static IReadOnlyList<SummarySentence> Summarize(
        IReadOnlyList<AnnotatedArticle> articles, BriefOptions options, IReadOnlyList<Fact> facts, SummaryTuning tuning)
    {
        var canonical = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var profiler = new SentenceProfiler();
        var profiles = profiler.Profile(canonical);
        var chosen = Select(profiles, profiler.BigramCount, canonical.Count, options.Words, new FactSupport(facts), tuning);
        var sentenceCounts = canonical.Select(a => Math.Max(1, a.Sentences.Count)).ToArray();
        double RelativePosition(SentenceProfile p) => (double)p.Sentence.Index / sentenceCounts[p.Article];
        return chosen
            .Select(p => (Profile: p, Cited: CitationFinder.Cite(p, profiles, tuning.Citation)))
            .OrderBy(x => x.Cited.Min(RelativePosition))
            .ThenBy(x => x.Profile.Article)
            .ThenBy(x => x.Profile.Sentence.Range.Start)
            .Select(x => new SummarySentence(x.Profile.Text, x.Cited.Select(c => c.Citation).ToList()))
            .ToList();
    }

    private static List<SentenceProfile> Select(
        List<SentenceProfile> profiles, int bigramCount, int articleCount, int budget, FactSupport support, SummaryTuning tuning)
    {
        var candidates = profiles.Where(p => p.Suitability > 0 && p.Words <= budget && p.Words >= tuning.MinWords).ToList();
        var selected = new List<SentenceProfile>();
        if (candidates.Count == 0) return selected;
        CentralityRanker.Rank(candidates);

        var weight = BigramWeights(profiles, bigramCount, articleCount, tuning);
        var covered = new bool[bigramCount];
        var maxGain = Math.Max(candidates.Max(c => Gain(c, weight, covered)), 1e-9);
        var maxCentrality = Math.Max(candidates.Max(c => c.Centrality), 1e-9);
        var done = new bool[candidates.Count];
        // Corroboration: (1 + weight × (support − 1) / (highest support − 1)); no effect when every fact has one source.
        var corroboration = candidates
            .Select(c => support.Max > 1 ? 1 + tuning.Support * (support.Of(c.ArticleId, c.Sentence.Range) - 1) / (support.Max - 1) : 1)
            .ToArray();
        var words = 0;
        var stated = new HashSet<string>(StringComparer.Ordinal);
        var multiplier = new double[candidates.Count];
        while (true)
        {
            var best = -1;
            double bestScore = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (done[i]) continue;
                var c = candidates[i];
                var quality = (1 + tuning.Centrality * c.Centrality / maxCentrality)
                    * (1 + tuning.Lead / Math.Sqrt(1 + c.LeadRank))
                    * corroboration[i] * c.Suitability * (c.OpenQuote ? tuning.OpenQuote : 1);
                multiplier[i] = quality;
                var score = Gain(c, weight, covered) / maxGain * quality / Math.Pow(c.Words, tuning.LengthExponent);
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) break;
            done[best] = true;
            var candidate = candidates[best];
            if (words + candidate.Words > budget) continue;
            if (selected.Any(s => Overlap(candidate, s) > tuning.Redundancy)) continue;
            // Two outlets' wordings of one fact say the same thing even when they share few words.
            var facts = support.SharedFactsOf(candidate.ArticleId, candidate.Sentence.Range).ToList();
            if (facts.Any(stated.Contains)) continue;
            stated.UnionWith(facts);
            selected.Add(candidate);
            words += candidate.Words;
            foreach (var b in candidate.Bigrams) covered[b] = true;
        }
        if (tuning.SwapRounds > 0)
            selected = Improve(candidates, selected, Concepts(profiles, candidates, weight, articleCount, tuning), multiplier, budget, support, tuning);
        return selected;
    }

    /// <summary>
    /// Each candidate's concepts as sorted ids: its word pairs, then its content terms after them; a
    /// term weighs the number of articles using it (to the shared-pair power), one article's little.
    /// </summary>
    private static (int[][] Of, double[] Weight) Concepts(
        List<SentenceProfile> profiles, List<SentenceProfile> candidates, double[] bigramWeight, int articleCount, SummaryTuning tuning)
    {
        if (tuning.SwapTerms <= 0) return (candidates.Select(c => c.Bigrams).ToArray(), bigramWeight);
        var terms = profiles.Select(p => p.Vector.Ids.DefaultIfEmpty(-1).Max()).DefaultIfEmpty(-1).Max() + 1;
        var frequency = new int[terms];
        var lastArticle = new int[terms];
        Array.Fill(lastArticle, -1);
        foreach (var profile in profiles)
            foreach (var t in profile.Vector.Ids)
                if (lastArticle[t] != profile.Article)
                {
                    lastArticle[t] = profile.Article;
                    frequency[t]++;
                }
        var single = articleCount > 1 ? SingleArticleWeight : 1;
        var weight = bigramWeight.Concat(frequency.Select(f => tuning.SwapTerms * (f > 1 ? Math.Pow(f, tuning.SharedPower) : single))).ToArray();
        var of = candidates.Select(c => c.Bigrams.Concat(c.Vector.Ids.Select(t => bigramWeight.Length + t)).ToArray()).ToArray();
        return (of, weight);
    }

    /// <summary>
    /// Local search on one set objective, an approximation of concept coverage (Gillick and Favre):
    /// the weight of the distinct concepts the summary covers (word pairs, and content terms weighted
    /// alike times <see cref="SummaryTuning.SwapTerms"/>) plus, per sentence, its own concept weight
    /// times its quality (centrality, lead, corroboration, suitability) relative to the best quality,
    /// times <see cref="SummaryTuning.SwapPrior"/>. A chosen sentence is replaced by an unchosen one,
    /// or an unchosen one added, while the objective grows and the budget, the redundancy rule and the
    /// one-statement-per-fact rule hold; the best move of a round is taken (the earlier candidate, then
    /// the earlier chosen sentence, on ties), for a bounded number of rounds.
    /// </summary>
    private static List<SentenceProfile> Improve(
        List<SentenceProfile> candidates, List<SentenceProfile> greedy, (int[][] Of, double[] Weight) concepts, double[] quality,
        int budget, FactSupport support, SummaryTuning tuning)
    {
        var (concept, weight) = concepts;
        var index = new Dictionary<SentenceProfile, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < candidates.Count; i++) index[candidates[i]] = i;
        var facts = candidates.Select(c => support.SharedFactsOf(c.ArticleId, c.Sentence.Range).Distinct().ToArray()).ToArray();
        var maxQuality = Math.Max(quality.Max(), 1e-9);
        var prior = concept.Select((c, i) => tuning.SwapPrior * c.Sum(b => weight[b]) * quality[i] / maxQuality).ToArray();
        var usable = candidates.Select((c, i) => quality[i] > 0).ToArray();
        var chosen = greedy.Select(s => index[s]).ToList();
        var count = new int[weight.Length];
        foreach (var i in chosen) foreach (var b in concept[i]) count[b]++;
        var words = chosen.Sum(i => candidates[i].Words);
        var inSummary = new bool[candidates.Count];
        foreach (var i in chosen) inSummary[i] = true;

        bool Fits(int add, int remove)
        {
            var c = candidates[add];
            if (words + c.Words - (remove >= 0 ? candidates[remove].Words : 0) > budget) return false;
            foreach (var s in chosen)
            {
                if (s == remove) continue;
                if (Overlap(c, candidates[s]) > tuning.Redundancy) return false;
                foreach (var f in facts[add]) if (Array.IndexOf(facts[s], f) >= 0) return false;
            }
            return true;
        }

        double Delta(int add, int remove)
        {
            double delta = prior[add];
            var removed = remove >= 0 ? concept[remove] : [];
            if (remove >= 0)
            {
                delta -= prior[remove];
                foreach (var b in removed)
                    if (count[b] == 1 && Array.BinarySearch(concept[add], b) < 0) delta -= weight[b];
            }
            foreach (var b in concept[add])
                if (count[b] == 0) delta += weight[b];
            return delta;
        }

        for (var round = 0; round < tuning.SwapRounds; round++)
        {
            var (bestAdd, bestRemove, bestDelta) = (-1, -1, 1e-9);
            for (var a = 0; a < candidates.Count; a++)
            {
                if (inSummary[a] || !usable[a]) continue;
                if (Fits(a, -1))
                {
                    var d = Delta(a, -1);
                    if (d > bestDelta) (bestAdd, bestRemove, bestDelta) = (a, -1, d);
                }
                foreach (var r in chosen)
                {
                    if (!Fits(a, r)) continue;
                    var d = Delta(a, r);
                    if (d > bestDelta) (bestAdd, bestRemove, bestDelta) = (a, r, d);
                }
            }
            if (bestAdd < 0) break;
            if (bestRemove >= 0)
            {
                chosen.Remove(bestRemove);
                inSummary[bestRemove] = false;
                words -= candidates[bestRemove].Words;
                foreach (var b in concept[bestRemove]) count[b]--;
            }
            chosen.Add(bestAdd);
            inSummary[bestAdd] = true;
            words += candidates[bestAdd].Words;
            foreach (var b in concept[bestAdd]) count[b]++;
        }
        return chosen.Select(i => candidates[i]).ToList();
    }

    /// <summary>
    /// A word pair weighs the number of articles using it; pairs of a single article weigh little, so
    /// that they only decide between sentences when nothing is shared (one article, unrelated articles).
    /// </summary>
    private static double[] BigramWeights(List<SentenceProfile> profiles, int bigramCount, int articleCount, SummaryTuning tuning)
    {
        var frequency = new int[bigramCount];
        var lastArticle = new int[bigramCount];
        Array.Fill(lastArticle, -1);
        foreach (var profile in profiles)
            foreach (var b in profile.Bigrams)
                if (lastArticle[b] != profile.Article)
                {
                    lastArticle[b] = profile.Article;
                    frequency[b]++;
                }
        var single = articleCount > 1 ? SingleArticleWeight : 1;
        var min = Math.Min(tuning.MinArticles, articleCount);
        return frequency.Select(f => f > 1 && f >= min ? Math.Pow(f, tuning.SharedPower) : single).ToArray();
    }

    /// <summary>
    /// Shared distinct content terms over those of the shorter sentence: high when one sentence
    /// repeats the other, whichever of the two adds more words.
    /// </summary>
    private static double Overlap(SentenceProfile a, SentenceProfile b)
    {
        var (small, large) = a.Vector.Ids.Length <= b.Vector.Ids.Length ? (a, b) : (b, a);
        if (small.Vector.Ids.Length == 0) return 1;
        var shared = small.Vector.Ids.Count(t => Array.BinarySearch(large.Vector.Ids, t) >= 0);
        return (double)shared / small.Vector.Ids.Length;
    }

    private static double Gain(SentenceProfile candidate, double[] weight, bool[] covered)
    {
        double gain = 0;
        foreach (var b in candidate.Bigrams) if (!covered[b]) gain += weight[b];
        return gain;
    }
}
