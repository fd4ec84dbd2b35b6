using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>Chooses article sentences for the summary. Minimal first version: lead sentences.</summary>
public static class ExtractiveSummarizer
{
    public static IReadOnlyList<SummarySentence> Summarize(IReadOnlyList<AnnotatedArticle> articles, BriefOptions options)
    {
        var result = new List<SummarySentence>();
        var words = 0;
        foreach (var article in articles)
        {
            if (article.Sentences.Count == 0) continue;
            var sentence = article.Sentences[0];
            var text = article.Text(sentence);
            var count = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words + count > options.Words) break;
            words += count;
            result.Add(new SummarySentence(text, [Citation.From(sentence.Range.In(article.Id))]));
        }
        return result;
    }
}
