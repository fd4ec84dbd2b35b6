using Triangulate.Brief;
using Triangulate.Model;

namespace Triangulate.Tests.Brief;

public class BriefingAssemblerTests
{
    private static Article Dated(string id, int day) => new()
    {
        Id = id, Source = id, Body = "Text.", Published = new PublicationTime(new DateOnly(2022, 1, day)),
    };

    private static Article Undated(string id) => new() { Id = id, Source = id, Body = "Text." };

    [Fact]
    public void ReferenceDateIsTheMostCommonPublicationDate() =>
        Assert.Equal(new DateOnly(2022, 1, 11),
            BriefingAssembler.ReferenceDate([Dated("a", 10), Dated("b", 11), Dated("c", 11), Undated("d")]));

    [Fact]
    public void ReferenceDateTiesGoToTheEarliestDate() =>
        Assert.Equal(new DateOnly(2022, 1, 10), BriefingAssembler.ReferenceDate([Dated("a", 12), Dated("b", 10)]));

    [Fact]
    public void ReferenceDateIsNullWhenNoArticleIsDated() =>
        Assert.Null(BriefingAssembler.ReferenceDate([Undated("a"), Undated("b")]));

    [Fact]
    public void StoryTitleIsTheHeadlineTheOtherArticlesShareMost()
    {
        var articles = SyntheticStory.Articles()
            .Select(a => a.Title == "Riverton evacuates 2,000 people" ? a with { Title = "Weather: a wet week ahead" } : a)
            .ToList();
        var title = BriefingAssembler.Assemble(articles, BriefOptions.Default).Story.Title;
        Assert.Contains(title, articles.Select(a => a.Title));
        Assert.Contains("floodgates", title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void StoryTitleIsNeverInvented()
    {
        var articles = SyntheticStory.Articles().Select(a => a with { Title = null }).ToList();
        Assert.Equal("Untitled story", BriefingAssembler.Assemble(articles, BriefOptions.Default).Story.Title);
        var one = articles.Select((a, i) => i == 2 ? a with { Title = "  Riverton evacuates 2,000 people " } : a).ToList();
        Assert.Equal("Riverton evacuates 2,000 people", BriefingAssembler.Assemble(one, BriefOptions.Default).Story.Title);
    }
}
