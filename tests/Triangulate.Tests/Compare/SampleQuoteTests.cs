using Triangulate.Annotate;
using Triangulate.Compare;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Tests.Render;
using static Triangulate.Tests.Compare.QuoteFixtures;

namespace Triangulate.Tests.Compare;

/// <summary>
/// The Compare stage on the Geneva sample's real article bodies, with the quote mentions placed by
/// hand where the annotation (gold.json) puts them.
/// </summary>
public class SampleQuoteTests
{
    private static IReadOnlyList<AnnotatedArticle> Annotated() =>
        ArticleIds.AssignUnique(RenderFixtures.SampleFiles().Select(f => Triangulator.Read(new RawInput(f, File.ReadAllBytes(f)))))
            .Select(ArticleAnnotator.Annotate).ToList();

    private static AnnotatedArticle With(AnnotatedArticle article, params (string Content, string Speaker, QuoteKind Kind, string? Words)[] quotes) =>
        article with { Quotes = quotes.Select(q => Quote(article.Article.Body, q.Content, q.Speaker, kind: q.Kind, speakerWords: q.Words)).ToList() };

    [Fact]
    public void OpenDoorQuoteIsOneGroupAcrossFourOutletsWithTheTranslationFlagged()
    {
        var a = Annotated();
        var story = new[]
        {
            With(a[0], ("We will not allow anyone to close Nato's open-door policy.", "Sherman", QuoteKind.Direct, "Ms Sherman")),
            With(a[1], ("We will not allow anyone to slam closed NATO’s open-door policy.", "Sherman", QuoteKind.Direct, null),
                ("businesslike and professional,", "Sergei Ryabkov", QuoteKind.Partial, "He")),
            With(a[2], ("not allow anyone to slam closed NATO's open-door policy,", "Sherman", QuoteKind.Partial, null),
                ("businesslike.", "Wendy Sherman", QuoteKind.Partial, null)),
            With(a[3], ("open-door policy", "Sherman", QuoteKind.Partial, null)),
            a[4],
        };
        var analysis = StoryComparer.Compare(story);

        var openDoor = analysis.Quotes.Single(g => g.Text.Contains("open-door", StringComparison.Ordinal));
        Assert.Equal([a[0].Id, a[1].Id, a[2].Id, a[3].Id], openDoor.Mentions.Select(m => m.Article));
        Assert.Equal("We will not allow anyone to slam closed NATO’s open-door policy.", openDoor.Text);
        Assert.Equal("Wendy Sherman", openDoor.Speaker!.Name);
        var translated = openDoor.Variants.Single(v => v.Article == a[0].Id);
        Assert.True(translated.Substantive);
        Assert.Contains("[-slam closed-] [+close+]", translated.Diff);
        Assert.All(openDoor.Variants.Where(v => v.Article != a[0].Id), v => Assert.False(v.Substantive));

        var conflict = Assert.Single(analysis.Conflicts, c => c.Kind == ConflictKind.Attribution);
        Assert.Equal("who said \"businesslike\"", conflict.About);
        Assert.Equal([a[1].Id, a[2].Id], conflict.Claims.Select(c => c.Article));
        Assert.Equal(["Sergei Ryabkov", "Wendy Sherman"], conflict.Claims.Select(c => c.Value));
        foreach (var claim in conflict.Claims)
            Assert.Equal(story.Single(s => s.Id == claim.Article).Article.Body[claim.Start..claim.End], claim.Text);
    }
}
