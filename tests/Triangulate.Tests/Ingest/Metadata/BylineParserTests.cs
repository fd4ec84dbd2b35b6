using Triangulate.Ingest.Metadata;

namespace Triangulate.Tests.Ingest.Metadata;

public class BylineParserTests
{
    [Fact]
    public void ReadsAuthorsAndTheOutletTheyWroteFor()
    {
        Assert.True(BylineParser.TryParse("By Nina Larson, Michael Mainville and Shaun Tandon for AFP", out var byline));
        Assert.Equal(["Nina Larson", "Michael Mainville", "Shaun Tandon"], byline.Authors);
        Assert.Equal("AFP", byline.Outlet);
    }

    [Theory]
    [InlineData("Reported by: Bhavya Sukheja", "Bhavya Sukheja", null)]
    [InlineData("By Jane Doe", "Jane Doe", null)]
    [InlineData("By Jane Doe, Reuters", "Jane Doe", "Reuters")]
    [InlineData("By Jane Doe, Staff Writer", "Jane Doe", null)]
    [InlineData("By Jane Doe in Kyiv", "Jane Doe", null)]
    [InlineData("By Jane Doe for the Guardian", "Jane Doe", "The Guardian")]
    [InlineData("By Ahmed al-Masri and Ludwig van der Berg", "Ahmed al-Masri|Ludwig van der Berg", null)]
    [InlineData("Von Anna Schmidt", "Anna Schmidt", null)]
    [InlineData("By Nada Tawfik, New York", "Nada Tawfik", null)]
    [InlineData("By Jane Doe & John Roe", "Jane Doe|John Roe", null)]
    [InlineData("Ein Artikel von Paula Probe | 16.09.2019 - 07:05", "Paula Probe", null)]
    [InlineData("Eine Kolumne von Nils Beispiel", "Nils Beispiel", null)]
    [InlineData("- Redaktion: Eva Muster (Sprecherin des Vereins)", "Eva Muster", null)]
    [InlineData("Von Jan Probe am 2. Mai 2014", "Jan Probe", null)]
    public void ReadsCommonBylines(string line, string authors, string? outlet)
    {
        Assert.True(BylineParser.TryParse(line, out var byline));
        Assert.Equal(authors.Split('|'), byline.Authors);
        Assert.Equal(outlet, byline.Outlet);
    }

    [Fact]
    public void AnAgencyAloneIsTheOutlet()
    {
        Assert.True(BylineParser.TryParse("By Associated Press", out var byline));
        Assert.Empty(byline.Authors);
        Assert.Equal("AP", byline.Outlet);
    }

    [Theory]
    [InlineData("By Monday, the talks had ended.")]
    [InlineData("By then Russia had massed troops on the border.")]
    [InlineData("By Sunday evening")]
    [InlineData("By contrast, Washington offered talks on missiles.")]
    [InlineData("Bystanders watched the convoy")]
    public void SentencesStartingWithByAreNotBylines(string line) =>
        Assert.False(BylineParser.TryParse(line, out _));
}
