using Triangulate.Ingest.Cleaning;

namespace Triangulate.Tests.Ingest.Cleaning;

public class BoilerplatePatternsTests
{
    private static string? ReasonFor(string paragraph) => BoilerplatePatterns.ReasonFor(paragraph);

    [Theory]
    [InlineData("Accessibility links", "navigation")]
    [InlineData("Skip to main content", "navigation")]
    [InlineData("Search Articles:", "navigation")]
    [InlineData("To find out more, click here.", "navigation")]
    [InlineData("You do not have any portfolios, please create one here.", "navigation")]
    [InlineData("Subscribe now", "subscription prompt")]
    [InlineData("This article is for subscribers only.", "subscription prompt")]
    [InlineData("You must be signed in and an Insider Gold subscriber to comment.", "comment prompt")]
    [InlineData("12 Comments", "comment prompt")]
    [InlineData("Subscribe to our mailing list", "newsletter sign-up")]
    [InlineData("* indicates required", "newsletter sign-up")]
    [InlineData("Sign up for our free morning newsletter", "newsletter sign-up")]
    [InlineData("Advertisement", "advertising")]
    [InlineData("Story continues below advertisement", "advertising")]
    [InlineData("Example has been declared an \"undesirable organization\" by the Russian government.", "broadcaster disclaimer")]
    [InlineData("Related article: Talks fail in Geneva", "related link")]
    [InlineData("Read more: Russia masses troops", "related link")]
    [InlineData("• 16x9 Image", "image placeholder")]
    [InlineData("Follow us:", "social prompt")]
    [InlineData("We use cookies to improve your experience.", "cookie notice")]
    [InlineData("Updated 2 hours ago", "dateline")]
    [InlineData("* * *", "separator")]
    [InlineData("Advertisement - Scroll to continue", "advertising")]
    public void RecognisesBoilerplateFamilies(string paragraph, string reason) => Assert.Equal(reason, ReasonFor(paragraph));

    [Theory]
    [InlineData("Related to this, the ministry said troops would stay.")]
    [InlineData("Readers may subscribe to the view that diplomacy has failed.")]
    [InlineData("\"Subscribe to nothing,\" he said.")]
    [InlineData("Comments from Moscow were cautious.")]
    [InlineData("Search teams found no survivors after the strike on Monday.")]
    [InlineData("Home to 40 million people, Ukraine borders Russia.")]
    [InlineData("Live ammunition was used in the exercises, officials said.")]
    [InlineData("Advertisement campaigns by the Kremlin have targeted Ukraine.")]
    [InlineData("The newsletter reported that troops were moving.")]
    [InlineData("Follow the money, investigators said.")]
    [InlineData("Two hours ago, the convoy arrived.")]
    [InlineData("100,000")]
    public void NeverFiresOnArticleSentences(string paragraph) => Assert.Null(ReasonFor(paragraph));
}
