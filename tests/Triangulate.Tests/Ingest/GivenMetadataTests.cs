using Triangulate.Annotate;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest;

/// <summary>Metadata given beside the content is labelled as such wherever it decides a field.</summary>
public sealed class GivenMetadataTests
{
    private static readonly PublicationTime Monday = new(new DateOnly(2022, 1, 10));

    private static readonly Article Page = new()
    {
        Id = "a", Source = "a.html", Body = "Talks ended.", Title = "Page title",
        Provenance = new Dictionary<string, string> { [MetadataField.Title] = "h1" },
    };

    [Fact]
    public void The_user_s_fields_win_and_are_labelled_json_lines_field()
    {
        var article = new GivenMetadata(GivenOrigin.User) { Title = "Given title", Published = Monday }.ApplyTo(Page);
        Assert.Equal("Given title", article.Title);
        Assert.Equal("json lines field", article.Provenance[MetadataField.Title]);
        Assert.Equal("json lines field", article.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void A_feed_item_fills_and_labels_only_what_the_page_left_unsaid()
    {
        var article = new GivenMetadata(GivenOrigin.Feed) { Title = "Feed title", Authors = ["Jane Doe"] }.ApplyTo(Page);
        Assert.Equal("Page title", article.Title);
        Assert.Equal("h1", article.Provenance[MetadataField.Title]);
        Assert.Equal("feed item", article.Provenance[MetadataField.Authors]);
        Assert.Equal(["authors", "title"], article.Provenance.Keys);
    }

    [Fact]
    public void A_publication_time_given_for_annotation_is_user_supplied()
    {
        var annotated = Triangulator.Annotate([Page], new AnnotationOptions { Published = Monday }).Single();
        Assert.Equal("user-supplied", annotated.Article.Provenance[MetadataField.Published]);
        Assert.Equal(["published", "title"], annotated.Article.Provenance.Keys);
    }
}
