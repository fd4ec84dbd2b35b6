namespace Triangulate.Brief;

/// <summary>
/// The weights of sentence selection, in one place so that the benchmark can report and vary them.
/// Defaults were chosen on DUC 2006 development clusters and checked on DUC 2007.
/// </summary>
internal sealed record SummaryTuning
{
    /// <summary>
    /// A sentence's value is its new bigram coverage (scaled to [0, 1]) times (1 + this × its LexRank
    /// centrality scaled to [0, 1]) …
    /// </summary>
    public double Centrality { get; init; } = 1.0;

    /// <summary>
    /// … times (1 + this × 1/sqrt(1 + rank among the article's usable sentences)). DUC's topic-focused
    /// sets score about 0.003 ROUGE-2 higher without it; it stays because reports of one event lead with the news.
    /// </summary>
    public double Lead { get; init; } = 0.3;

    /// <summary>
    /// … times (1 + this × (support − 1) / (highest support − 1)), support being the distinct sources
    /// of the sentence's fact group: corroborated content is preferred.
    /// </summary>
    public double Support { get; init; } = 0.25;

    /// <summary>Selection divides a sentence's value by its length in words to this power.</summary>
    public double LengthExponent { get; init; } = 0.7;

    /// <summary>
    /// A candidate sharing more than this share of the shorter sentence's content terms with a
    /// chosen sentence says the same thing and is skipped.
    /// </summary>
    public double Redundancy { get; init; } = 0.5;

    /// <summary>Another article's best-matching sentence at least this similar reports the same content and is cited.</summary>
    public double Citation { get; init; } = 0.3;

    /// <summary>A shared word pair weighs the number of articles using it to this power.</summary>
    public double SharedPower { get; init; } = 1.0;

    /// <summary>Word pairs used by fewer articles than this (and at least two) weigh as a single article's.</summary>
    public int MinArticles { get; init; } = 2;

    /// <summary>Sentences shorter than this many words are not used.</summary>
    public int MinWords { get; init; } = SentenceSuitability.MinWords;

    /// <summary>
    /// Suitability factor of a sentence whose quotation marks do not pair up: it ends or begins a
    /// quotation that spans several sentences, and read alone its speaker or its start is missing.
    /// </summary>
    public double OpenQuote { get; init; } = 0;

    /// <summary>
    /// Rounds of swap search after the greedy choice (0: the greedy choice stands); on DUC the search
    /// settles within ten.
    /// </summary>
    public int SwapRounds { get; init; } = 20;

    /// <summary>
    /// In the swap search, a sentence's own concept weight times its quality relative to the best
    /// (centrality, lead, corroboration, suitability as the greedy pass weighs them) times this is
    /// added to the covered weight.
    /// </summary>
    public double SwapPrior { get; init; } = 1.0;

    /// <summary>In the swap search, content terms count as concepts weighing this share of a word pair of equal spread.</summary>
    public double SwapTerms { get; init; } = 0.5;

    public static SummaryTuning Default { get; } = new();
}
