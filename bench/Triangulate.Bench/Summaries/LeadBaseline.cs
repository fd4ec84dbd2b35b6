using Triangulate.Model;

namespace Triangulate.Bench.Summaries;

/// <summary>Lead baseline: the first sentence of each document (oldest first), then the second of each, … until the word limit.</summary>
public static class LeadBaseline
{
    public static string Summarize(IReadOnlyList<AnnotatedArticle> articles, int words)
    {
        var ordered = articles
            .OrderBy(a => a.Article.Published?.Date ?? DateOnly.MaxValue)
            .ThenBy(a => a.Article.Source, StringComparer.Ordinal)
            .ToList();
        var lines = new List<string>();
        var count = 0;
        for (var rank = 0; count < words && ordered.Any(a => a.Sentences.Count > rank); rank++)
            foreach (var article in ordered)
            {
                if (count >= words) break;
                if (article.Sentences.Count <= rank) continue;
                var text = article.Text(article.Sentences[rank]);
                lines.Add(text);
                count += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            }
        return string.Join("\n", lines); // cut at the limit by ROUGE's -l
    }
}
