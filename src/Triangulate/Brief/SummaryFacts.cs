using Triangulate.Compare.Sources;
using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>
/// Gives each summary sentence the facts it states, so that the summary and the coverage tell the
/// same story: the sentence cites its own words first, then, once per other article, the words of
/// every article that reports one of its facts; its support counts their distinct sources. A sentence
/// split into several claims states several facts: it is single-source only when all of them are.
/// </summary>
internal static class SummaryFacts
{
    public static IReadOnlyList<SummarySentence> Attach(IReadOnlyList<SummarySentence> summary, IReadOnlyList<Fact> facts, StorySources sources)
    {
        if (facts.Count == 0) return summary;
        var support = new FactSupport(facts);
        return summary.Select(sentence =>
        {
            var own = sentence.Citations[0];
            var stated = support.FactsOf(own.Article, new TextRange(own.Start, own.End));
            if (stated.Count == 0) return sentence with { Support = sources.Count(sentence.Citations.Select(c => c.Article)) };
            var citations = new List<Citation> { own };
            foreach (var citation in stated.SelectMany(f => f.Citations))
                if (citations.All(c => c.Article != citation.Article)) citations.Add(citation);
            return sentence with
            {
                Citations = citations,
                Fact = stated[0].Id,
                Support = sources.Count(citations.Select(c => c.Article)),
            };
        }).ToList();
    }
}
