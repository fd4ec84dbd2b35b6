using Triangulate.Ingest.Metadata;

namespace Triangulate.Tests.Ingest.Metadata;

public class SelfReferenceParserTests
{
    [Theory]
    [InlineData("Moneyweb newsletters", "Moneyweb")]
    [InlineData("Sign up for the Guardian's morning newsletter", "The Guardian")]
    [InlineData("RFE/RL journalists report the news in 27 languages. We provide what many people cannot get locally.", "RFE/RL")]
    [InlineData("Meduza has been declared an \"undesirable organization\" by the Russian government.", "Meduza")]
    [InlineData("Follow Kyiv Post on Telegram", "Kyiv Post")]
    public void FindsTheSitesOwnName(string paragraph, string name) =>
        Assert.Equal(name, SelfReferenceParser.OutletName(paragraph));

    [Theory]
    [InlineData("Daily newsletters")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Reuters journalists reported seeing tanks near the border.")]
    public void GenericOrReportedTextNamesNoOutlet(string paragraph) =>
        Assert.Null(SelfReferenceParser.OutletName(paragraph));
}
