using Triangulate.Ingest.Metadata;

namespace Triangulate.Tests.Ingest.Metadata;

public class CreditsParserTests
{
    [Fact]
    public void ReadsAgencyCredits()
    {
        Assert.True(CreditsParser.TryParse("With reporting by Reuters, AP, AFP, Interfax, and RIA Novosti", out var credits));
        Assert.Equal(["Reuters", "AP", "AFP", "Interfax", "RIA Novosti"], credits);
    }

    [Fact]
    public void ReadsWireStyleCreditsWithPlaces()
    {
        Assert.True(CreditsParser.TryParse("Reporting by Mark Trevelyan in London; Editing by Alex Richardson", out var credits));
        Assert.Equal(["Mark Trevelyan", "Alex Richardson"], credits);
    }

    [Theory]
    [InlineData("With files from The Canadian Press", "CP")]
    [InlineData("(With inputs from PTI)", "PTI")]
    public void ReadsRegionalCreditStyles(string line, string credit)
    {
        Assert.True(CreditsParser.TryParse(line, out var credits));
        Assert.Equal([credit], credits);
    }

    [Fact]
    public void CanonicalisesKnownAgencies()
    {
        Assert.True(CreditsParser.TryParse("Additional reporting by Associated Press", out var credits));
        Assert.Equal(["AP"], credits);
    }

    [Theory]
    [InlineData("Reporting by the ministry suggested that troops were moving.")]
    [InlineData("With reporting from the front lines becoming harder, editors worry.")]
    public void SentencesAreNotCredits(string line) => Assert.False(CreditsParser.TryParse(line, out _));
}
