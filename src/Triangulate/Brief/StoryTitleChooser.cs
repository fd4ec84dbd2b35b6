using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Brief;

/// <summary>
/// The story's title is one of the articles' own headlines (never written anew): the one whose
/// content words the other articles share most, in their headlines and in their bodies. Ties go to
/// the article with the smaller id; with no headline at all the title is <see cref="Untitled"/>.
/// </summary>
internal static class StoryTitleChooser
{
    public const string Untitled = "Untitled story";

    public static string Choose(IReadOnlyList<Article> articles)
    {
        var stemmer = new TermStemmer();
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var titles = ordered.Select(a => string.IsNullOrWhiteSpace(a.Title) ? null : Terms(a.Title, stemmer)).ToList();
        var bodies = ordered.Select(a => Terms(a.Body, stemmer)).ToList();

        string? best = null;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (titles[i] is not { Count: > 0 } title) continue;
            double score = 0;
            for (var j = 0; j < ordered.Count; j++)
            {
                if (j == i) continue;
                if (titles[j] is { Count: > 0 } other)
                    score += title.Count(other.Contains) / Math.Sqrt(title.Count * other.Count);
                score += (double)title.Count(bodies[j].Contains) / title.Count;
            }
            if (score > bestScore)
            {
                best = ordered[i].Title!.Trim();
                bestScore = score;
            }
        }
        return best ?? Untitled;
    }

    private static HashSet<string> Terms(string text, TermStemmer stemmer) =>
        WordTokenizer.Tokenize(text)
            .Where(t => !StopWords.Contains(t.Norm))
            .Select(t => stemmer.Stem(t.Norm))
            .ToHashSet(StringComparer.Ordinal);
}
