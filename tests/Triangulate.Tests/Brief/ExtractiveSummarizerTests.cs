using Triangulate.Ingest;
using Triangulate.Annotate;
using Triangulate.Brief;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Brief;

public class ExtractiveSummarizerTests
{
    private static IReadOnlyList<SummarySentence> Summarize(IEnumerable<Article> articles, int words = 150) =>
        ExtractiveSummarizer.Summarize(articles.Select(ArticleAnnotator.Annotate).ToList(), new BriefOptions { Words = words });

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Theory]
    [InlineData(15)]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(150)]
    public void StaysWithinTheWordBudget(int budget)
    {
        var summary = Summarize(SyntheticStory.Articles(), budget);
        Assert.NotEmpty(summary);
        Assert.True(summary.Sum(s => Words(s.Text)) <= budget);
    }

    [Fact]
    public void EverySentenceIsTheTextOfItsFirstCitation()
    {
        var articles = SyntheticStory.Articles().ToDictionary(a => a.Id);
        foreach (var sentence in Summarize(articles.Values))
        {
            Assert.NotEmpty(sentence.Citations);
            var first = sentence.Citations[0];
            Assert.Equal(sentence.Text, articles[first.Article].Body[first.Start..first.End]);
            Assert.Equal(sentence.Citations.Count, sentence.Citations.Select(c => c.Article).Distinct().Count());
            foreach (var citation in sentence.Citations)
                Assert.InRange(citation.End, citation.Start + 1, articles[citation.Article].Body.Length);
        }
    }

    [Fact]
    public void ContentReportedByEveryOutletCitesEachOfThem()
    {
        var articles = SyntheticStory.Articles();
        var summary = Summarize(articles);
        var floodgates = Assert.Single(summary, s => s.Text.Contains("floodgates", StringComparison.Ordinal));
        Assert.Equal(articles.Select(a => a.Id).Order(), floodgates.Citations.Select(c => c.Article).Order());
    }

    [Fact]
    public void ContentOfOneOutletCitesOnlyIt()
    {
        var summary = Summarize(SyntheticStory.Articles(), 400);
        var shelters = summary.Where(s => s.Text.Contains("shelters", StringComparison.Ordinal)).ToList();
        Assert.All(shelters, s => Assert.Single(s.Citations));
    }

    [Fact]
    public void NoTwoSentencesSayTheSameThing()
    {
        var summary = Summarize(SyntheticStory.Articles(), 400);
        var words = summary.Select(s => WordTokenizer.Tokenize(s.Text).Select(t => t.Norm).Where(w => !StopWords.Contains(w)).ToHashSet()).ToList();
        for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
            {
                var overlap = (double)words[i].Intersect(words[j]).Count() / Math.Min(words[i].Count, words[j].Count);
                Assert.True(overlap < 0.7, $"near duplicates:\n{summary[i].Text}\n{summary[j].Text}");
            }
    }

    [Fact]
    public void SkipsQuestionsHeadingsAndFragments()
    {
        var summary = Summarize(SyntheticStory.Articles(), 400);
        Assert.DoesNotContain(summary, s => s.Text.EndsWith('?'));
        Assert.DoesNotContain(summary, s => s.Text == "Riverton dam opens floodgates");
    }

    [Fact]
    public void PrefersSelfContainedSentencesOverOnesThatNeedContext()
    {
        var summary = Summarize(SyntheticStory.Articles(), 60);
        Assert.DoesNotContain(summary, s => s.Text.StartsWith("He said", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, s => s.Text.StartsWith("But ", StringComparison.Ordinal));
    }

    [Fact]
    public void SameInputGivesTheSameSummaryWhateverTheArticleOrder()
    {
        var articles = SyntheticStory.Articles();
        var expected = Render(Summarize(articles));
        Assert.Equal(expected, Render(Summarize(articles)));
        Assert.Equal(expected, Render(Summarize(articles.Reverse())));
        Assert.Equal(expected, Render(Summarize([articles[2], articles[0], articles[3], articles[1]])));
    }

    [Fact]
    public void OneArticleIsSummarisedFromItsOwnSentences()
    {
        var article = SyntheticStory.Articles()[0];
        var summary = Summarize([article], 40);
        Assert.NotEmpty(summary);
        Assert.All(summary, s => Assert.Equal(article.Id, Assert.Single(s.Citations).Article));
    }

    [Fact]
    public void NothingToSummariseGivesAnEmptySummary()
    {
        Assert.Empty(Summarize([]));
        Assert.Empty(Summarize(SyntheticStory.Articles(), 0));
    }

    private static string Render(IReadOnlyList<SummarySentence> summary) =>
        string.Join("\n", summary.Select(s => s.Text + " " + string.Join(" ", s.Citations)));
}
