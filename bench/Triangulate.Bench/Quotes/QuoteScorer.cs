using Triangulate.Model;

namespace Triangulate.Bench.Quotes;

/// <summary>
/// Scores the quotes found in one article against its gold attributions: Content spans matched one to
/// one, greedily by overlap (the pair with the larger share of the longer span first, ties by the
/// larger overlap, then gold order, then system order), either exactly or with an overlap of at least
/// half the longer span. Before matching, both spans lose whitespace, quotation marks and . , ; : ! ? …
/// at either end: gold contents keep their quotation marks ("“We will,” he said" has “We will,” as
/// content) while the extractor's direct quotes are the words inside them.
/// Speaker accuracy is over matched pairs whose gold has a source: right when the system's speaker
/// mention overlaps the gold source mention. Counts add up over articles (micro-averaged P/R/F1).
/// The direct/mixed subset is the gold whose content holds a quotation mark (see <see cref="IsDirect"/>)
/// and the system's direct and partial quotes, matched against every gold content.
/// </summary>
public static class QuoteScorer
{
    public readonly record struct Score(double Precision, double Recall, double F1)
    {
        public static Score Of(int matchedSystem, int system, int matchedGold, int gold)
        {
            var p = system == 0 ? 0 : (double)matchedSystem / system;
            var r = gold == 0 ? 0 : (double)matchedGold / gold;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /// <summary>
    /// Counts of one subset. Matched gold and matched system quotes differ only in the direct/mixed
    /// subset, where a system quote may match a gold content outside the subset.
    /// </summary>
    public readonly record struct Counts(
        int Gold, int System, int ExactGold, int ExactSystem, int OverlapGold, int OverlapSystem,
        int SpeakerPairs, int SpeakerCorrect, int SpeakerNull)
    {
        public Score Exact => Score.Of(ExactSystem, System, ExactGold, Gold);
        public Score Overlap => Score.Of(OverlapSystem, System, OverlapGold, Gold);
        public double SpeakerAccuracy => SpeakerPairs == 0 ? 0 : (double)SpeakerCorrect / SpeakerPairs;

        public static Counts operator +(Counts a, Counts b) => new(
            a.Gold + b.Gold, a.System + b.System, a.ExactGold + b.ExactGold, a.ExactSystem + b.ExactSystem,
            a.OverlapGold + b.OverlapGold, a.OverlapSystem + b.OverlapSystem,
            a.SpeakerPairs + b.SpeakerPairs, a.SpeakerCorrect + b.SpeakerCorrect, a.SpeakerNull + b.SpeakerNull);
    }

    /// <summary>
    /// One article's counts, all attributions and direct/mixed, and the overlap matching of all
    /// attributions: the gold index matched by each system quote (null when none).
    /// </summary>
    public sealed record ArticleScore(Counts All, Counts Direct, IReadOnlyList<int?> SystemToGold)
    {
        /// <summary>F1 of the overlap match; 1 when there was nothing to find and nothing was found.</summary>
        public double F1 => All.Gold + All.System == 0 ? 1 : All.Overlap.F1;

        public IEnumerable<int> UnmatchedGold => Enumerable.Range(0, All.Gold).Except(SystemToGold.OfType<int>());
        public IEnumerable<int> UnmatchedSystem => Enumerable.Range(0, SystemToGold.Count).Where(i => SystemToGold[i] is null);
    }

    public static ArticleScore Compare(string body, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<QuoteMention> system)
    {
        var goldRanges = gold.Select(g => Trim(g.Content, body)).ToList();
        var direct = gold.Select(g => IsDirect(g.Content.Slice(body))).ToList();
        var quoted = Enumerable.Range(0, system.Count).Where(i => system[i].Kind is QuoteKind.Direct or QuoteKind.Partial).ToList();

        var all = Count(gold, system, goldRanges, Enumerable.Range(0, system.Count).ToList(), _ => true, body, out var overlap);
        var subset = Count(gold, system, goldRanges, quoted, g => direct[g], body, out _);
        var systemToGold = new int?[system.Count];
        foreach (var (s, g) in overlap) systemToGold[s] = g;
        return new ArticleScore(all, subset, systemToGold);
    }

    /// <summary>The counts of many articles added up: all attributions, and direct/mixed.</summary>
    public static (Counts All, Counts Direct) Total(IEnumerable<ArticleScore> scores) =>
        scores.Aggregate((default(Counts), default(Counts)), (sum, s) => (sum.Item1 + s.All, sum.Item2 + s.Direct));

    /// <summary>Matches the system quotes <paramref name="chosen"/> to all gold; counts gold only where <paramref name="counted"/>.</summary>
    private static Counts Count(
        IReadOnlyList<GoldAttribution> gold, IReadOnlyList<QuoteMention> system, IReadOnlyList<TextRange> goldRanges,
        IReadOnlyList<int> chosen, Func<int, bool> counted, string body, out List<(int System, int Gold)> overlap)
    {
        var systemRanges = chosen.Select(i => Trim(system[i].Content, body)).ToList();
        var exact = Match(systemRanges, goldRanges, exact: true);
        overlap = Match(systemRanges, goldRanges, exact: false).Select(m => (chosen[m.System], m.Gold)).ToList();
        int pairs = 0, correct = 0, none = 0;
        foreach (var (s, g) in overlap)
        {
            if (!counted(g) || gold[g].Source is not { } source) continue;
            pairs++;
            if (system[s].SpeakerMention is not { } mention) none++;
            else if (mention.Overlaps(source)) correct++;
        }
        return new Counts(
            Enumerable.Range(0, gold.Count).Count(counted), chosen.Count,
            exact.Count(m => counted(m.Gold)), exact.Count, overlap.Count(m => counted(m.Gold)), overlap.Count,
            pairs, correct, none);
    }

    /// <summary>One-to-one matching of system to gold spans, as pairs of indices in system order.</summary>
    public static List<(int System, int Gold)> Match(IReadOnlyList<TextRange> system, IReadOnlyList<TextRange> gold, bool exact)
    {
        var candidates = new List<(double Share, int Overlap, int System, int Gold)>();
        for (var s = 0; s < system.Count; s++)
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = Math.Min(system[s].End, gold[g].End) - Math.Max(system[s].Start, gold[g].Start);
                var longer = Math.Max(system[s].Length, gold[g].Length);
                if (overlap <= 0 || (exact ? system[s] != gold[g] : 2 * overlap < longer)) continue;
                candidates.Add(((double)overlap / longer, overlap, s, g));
            }
        var usedSystem = new bool[system.Count];
        var usedGold = new bool[gold.Count];
        var pairs = new List<(int System, int Gold)>();
        foreach (var c in candidates.OrderByDescending(c => c.Share).ThenByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.System))
        {
            if (usedSystem[c.System] || usedGold[c.Gold]) continue;
            usedSystem[c.System] = usedGold[c.Gold] = true;
            pairs.Add((c.System, c.Gold));
        }
        return pairs.OrderBy(p => p.System).ToList();
    }

    /// <summary>
    /// Whether a content is (partly) quoted: it holds " “ ” « », '' or ``, or ‘ ’ other than as an
    /// apostrophe between two letters (don’t, Carter’s).
    /// </summary>
    public static bool IsDirect(string content)
    {
        if (content.AsSpan().IndexOfAny("\"“”«»") >= 0 || content.Contains("''", StringComparison.Ordinal) || content.Contains("``", StringComparison.Ordinal))
            return true;
        for (var i = 0; i < content.Length; i++)
            if (content[i] is '‘' or '’' && !(i > 0 && i + 1 < content.Length && char.IsLetter(content[i - 1]) && char.IsLetter(content[i + 1])))
                return true;
        return false;
    }

    /// <summary>The span without whitespace, quotation marks and . , ; : ! ? … at its ends (as it is when nothing would remain).</summary>
    public static TextRange Trim(TextRange range, string body)
    {
        int start = range.Start, end = range.End;
        while (start < end && IsEdge(body[start])) start++;
        while (end > start && IsEdge(body[end - 1])) end--;
        return start < end ? new TextRange(start, end) : range;
    }

    private static bool IsEdge(char c) => char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '‘' or '’' or '\'' or '`' or '«' or '»' or '.' or ',' or ';' or ':' or '!' or '?' or '…';
}
