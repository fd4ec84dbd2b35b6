using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>What the summarizer knows about one sentence of one article.</summary>
internal sealed class SentenceProfile
{
    public required int Article { get; init; }
    public required string ArticleId { get; init; }
    public required Sentence Sentence { get; init; }
    /// <summary>The part of the sentence a summary quotes: all of it but a wire dateline.</summary>
    public required TextRange Span { get; init; }

    public required string Text { get; init; }
    public required int Words { get; init; }

    /// <summary>Stems of the content words, in order (stop words and numbers left out).</summary>
    public required int[] ContentTerms { get; init; }

    /// <summary>How each content term is written: the evidence for telling names from other words.</summary>
    public required Casing[] Casing { get; init; }

    /// <summary>Distinct ids of adjacent stem pairs (not both stop words): the units of coverage.</summary>
    public required int[] Bigrams { get; init; }

    /// <summary>TF-IDF of the content terms: similarity for centrality and redundancy.</summary>
    public SparseVector Vector { get; set; }

    /// <summary>Like <see cref="Vector"/> with names down-weighted: similarity of what happened, for citations.</summary>
    public SparseVector EventVector { get; set; }

    /// <summary>Distinct content terms that are not names, sorted: what the sentence says happened.</summary>
    public int[] EventTerms { get; set; } = [];

    /// <summary>0 (unusable in a summary) to 1 (a self-contained statement); see <see cref="SentenceSuitability"/>.</summary>
    public double Suitability { get; set; }

    /// <summary>Rank among the article's usable sentences (0 = lead), or -1 when unusable.</summary>
    public int LeadRank { get; set; } = -1;

    /// <summary>The sentence's quotation marks do not pair up: it continues or opens a quotation beyond itself.</summary>
    public bool OpenQuote { get; init; }

    public double Centrality { get; set; }

    public Citation Citation => new(ArticleId, Span.Start, Span.End);
}
