using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>
/// Extractive multi-document summary within a word budget. Sentences are chosen greedily for
/// coverage of the word pairs that several articles share (weighted by how many articles use them),
/// LexRank centrality across outlets, and a lead prior, per word of length; a sentence too similar
/// to one already chosen is skipped. Every sentence cites its own span and then the matching
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
        while (true)
        {
            var best = -1;
            double bestScore = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (done[i]) continue;
                var c = candidates[i];
                var value = Gain(c, weight, covered) / maxGain
                    * (1 + tuning.Centrality * c.Centrality / maxCentrality)
                    * (1 + tuning.Lead / Math.Sqrt(1 + c.LeadRank))
                    * corroboration[i];
                var score = value * c.Suitability * (c.OpenQuote ? tuning.OpenQuote : 1) / Math.Pow(c.Words, tuning.LengthExponent);
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
        return selected;
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
