using Triangulate.Diagnostics;
using Triangulate.Ingest;
using Triangulate.Ingest.Cleaning;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest.Cleaning;

public class ArticleCleanerTests
{
    private static Article Clean(DraftMetadata metadata, params string[] blocks) =>
        ArticleCleaner.Clean(new DocumentDraft("test", blocks.Select(b => new DraftBlock(b)).ToList(), metadata, []));

    private static Article Clean(params string[] blocks) => Clean(DraftMetadata.None, blocks);

    private const string Lead = "The talks in Geneva ended on Monday with both sides saying they would keep talking about security in Europe.";
    private const string Second = "Officials said that further meetings were planned for later in the week in Brussels and in Vienna.";

    [Fact]
    public void BodyIsParagraphsJoinedByABlankLineWithWhitespaceCollapsed()
    {
        var article = Clean("  Talks\tend\u00A0in   Geneva  ", Lead, "Second\u00A0 paragraph\t here.");
        Assert.Equal("Talks end in Geneva", article.Title);
        Assert.Equal(Lead + "\n\nSecond paragraph here.", article.Body);
        Assert.Equal(ArticleIds.ForBody(article.Body), article.Id);
    }

    [Fact]
    public void MarkupMetadataWinsOverTextCues()
    {
        var markup = new DraftMetadata
        {
            Title = "Talks end in Geneva | Example News",
            Authors = ["Markup Author"],
            Published = new PublicationTime(new DateOnly(2022, 1, 9)),
            Outlet = "Example News",
        };
        var article = Clean(markup, "Talks end in Geneva", "By Jane Doe", "January 10, 2022", Lead);
        Assert.Equal("Talks end in Geneva | Example News", article.Title);
        Assert.Equal(["Markup Author"], article.Authors);
        Assert.Equal("2022-01-09", article.Published!.ToIso());
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal(Lead, article.Body);
        Assert.Contains(article.Removed, r => r is { Reason: "title", Text: "Talks end in Geneva" });
    }

    [Fact]
    public void TextCuesFillWhatMarkupLeftNull()
    {
        var article = Clean("Talks end in Geneva", "By Jane Doe and John Roe for AFP", "Jan. 10, 2022", Lead, Second);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal("AFP", article.OriginalOutlet);
        Assert.Equal("2022-01-10", article.Published!.ToIso());
        Assert.Null(article.Updated);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void OnlyTheFirstBylineNamesTheAuthors()
    {
        var article = Clean("Talks end in Geneva", "By Jane Doe", Lead, Second, "Related coverage", "By John Roe");
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal(2, article.Removed.Count(r => r.Reason == "byline"));
    }

    [Fact]
    public void AnUpdateStampAloneStandsForPublicationToo()
    {
        var article = Clean("Talks end in Geneva", Lead, "Updated: January 10, 2022, 8:34 PM");
        Assert.Equal("2022-01-10T20:34", article.Published!.ToIso());
        Assert.Equal("2022-01-10T20:34", article.Updated!.ToIso());
    }

    [Fact]
    public void PublishedAndUpdatedStampsAreKeptApart()
    {
        var article = Clean("Talks end in Geneva", "Published: 10 January 2022 09:00 GMT", Lead, "Updated: 11 January 2022 10:00 GMT");
        Assert.Equal("2022-01-10T09:00Z", article.Published!.ToIso());
        Assert.Equal("2022-01-11T10:00Z", article.Updated!.ToIso());
    }

    [Fact]
    public void ShortQuoteParagraphsAndSubheadingsStayInTheBody()
    {
        string[] article =
        [
            "Talks end in Geneva", Lead,
            "\"Subscribe to nothing,\" he said.", "“We will not allow anyone to close Nato's open-door policy.”",
            "Exercises, missiles", "Comments from Moscow were cautious.", "Related talks will follow in Vienna.",
            "Advertising revenue at state media fell.", "Follow the money, investigators said.", Second,
        ];
        var cleaned = Clean(article);
        foreach (var p in article.Skip(1)) Assert.Contains(p, cleaned.Body);
        Assert.Equal(["title"], cleaned.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void EveryLineIsEitherInTheBodyOrRemovedWithAReason()
    {
        string[] lines =
        [
            "Skip to main content", "Talks end in Geneva", "Advertisement", Lead, "Read more: Russia masses troops", Second,
            "Advertisement", "Sign up for our daily newsletter", "© 2022 Reuters", "Leave a comment",
        ];
        var article = Clean(lines);
        foreach (var line in lines)
            Assert.True(article.Body.Contains(line) || article.Removed.Any(r => r.Text == line), line);
        Assert.All(article.Removed, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Equal("Reuters", article.OriginalOutlet);
        Assert.Equal(Lead + "\n\n" + Second, article.Body);
    }

    [Fact]
    public void RepeatedLinesAppearOnceInTheBody()
    {
        var article = Clean("Talks end in Geneva", Lead, Second, Second);
        Assert.Equal(Lead + "\n\n" + Second, article.Body);
        Assert.Contains(article.Removed, r => r is { Reason: "duplicate" } && r.Text == Second);
    }

    [Fact]
    public void RepeatsFarApartStay()
    {
        var article = Clean("Talks end in Geneva", "Meal 1", Lead, "Meal 1", Second);
        Assert.Equal(["Meal 1", Lead, "Meal 1", Second], article.Body.Split("\n\n"));
    }

    [Fact]
    public void AWireSignOffClosingTheStoryIsACreditNotACaption()
    {
        var article = Clean("Talks end in Geneva", Lead, "More than 300 people were deported by the authorities for illegally entering the country. PTI");
        Assert.EndsWith("for illegally entering the country.", article.Body);
        Assert.Contains(article.Removed, r => r is { Reason: "credits", Text: "PTI" });
        Assert.Equal("PTI", article.OriginalOutlet);
        Assert.Empty(article.Captions);
    }

    [Fact]
    public void BrokenEntitiesAreRepaired()
    {
        var article = Clean("Talks end in Geneva", "[&]quot;I have a rather pessimistic forecast.&quot; &#8212; he said &amp; left.", Second);
        Assert.StartsWith("\"I have a rather pessimistic forecast.\" — he said & left.", article.Body);
    }

    [Fact]
    public void MojibakeIsRepaired()
    {
        var article = Clean("Talks end in Geneva", "Russiaâ€™s demands were â€œunacceptableâ€\u009d, he said.", Second);
        Assert.StartsWith("Russia’s demands were “unacceptable”, he said.", article.Body);
    }

    [Fact]
    public void LabelledUrlIsThePagesAddressAndNamesTheOutlet()
    {
        var article = Clean("Talks end in Geneva", Lead, "Original url:", "https://www.theguardian.com/world/2022/jan/10/x");
        Assert.Equal("https://www.theguardian.com/world/2022/jan/10/x", article.Url);
        Assert.Equal("The Guardian", article.Outlet);
        Assert.Equal(2, article.Removed.Count(r => r.Reason == "url"));
    }

    [Fact]
    public void NothingLeftMeansEmptyInput()
    {
        var error = Assert.Throws<TriangulateException>(() => Clean("Advertisement", "Subscribe now"));
        Assert.Equal(ErrorCode.Empty, error.Code);
    }

    [Theory]
    [InlineData("This post was sponsored by a brand. All opinions are mine alone.")]
    [InlineData("More info: www.example.com | +49 40 890")]
    [InlineData("and then the talks ended")]
    public void ProseAndContactLinesAreNoHeadline(string first) => Assert.Null(Clean(first, Lead, Second).Title);

    [Fact]
    public void AbbreviationsDoNotBreakAHeadline() =>
        Assert.Equal("U.S. Says No Progress With Russia", Clean("U.S. Says No Progress With Russia", Lead, Second).Title);

    [Fact]
    public void ALongFirstParagraphIsNoHeadline()
    {
        var article = Clean(Lead, Second);
        Assert.Null(article.Title);
        Assert.Equal(Lead + "\n\n" + Second, article.Body);
    }

    [Fact]
    public void CaptionsLeaveTheBodyWithTheirCredits()
    {
        var article = Clean("Talks end in Geneva", "Delegates arrive at the mission in Geneva, Switzerland. Reuters", Lead);
        Assert.Equal(Lead, article.Body);
        var caption = Assert.Single(article.Captions);
        Assert.Equal("Reuters", caption.Credit);
        Assert.Contains(article.Removed, r => r.Reason == "caption");
    }

    [Fact]
    public void AMastheadNamesTheOutletAndIsNoHeadline()
    {
        var article = Clean("The Moscow Times", "Talks end in Geneva", Lead);
        Assert.Equal("The Moscow Times", article.Outlet);
        Assert.Equal("Talks end in Geneva", article.Title);
        Assert.Contains(article.Removed, r => r is { Reason: "masthead", Text: "The Moscow Times" });
    }

    [Fact]
    public void OutletFromTheSitesSelfReference()
    {
        var article = Clean("Talks end in Geneva", Lead, "Example Daily newsletters");
        Assert.Equal("Example Daily", article.Outlet);
    }
}
