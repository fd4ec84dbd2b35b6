using Triangulate.Ingest.Metadata;

namespace Triangulate.Tests.Ingest.Metadata;

public class SyndicationCueParserTests
{
    [Theory]
    [InlineData("© 2022 Bloomberg", "Bloomberg")]
    [InlineData("© 2022 Bloomberg L.P.", "Bloomberg")]
    [InlineData("Copyright 2022 The Associated Press. All rights reserved.", "AP")]
    [InlineData("(c) 2021 Reuters", "Reuters")]
    [InlineData("© Provided by The Moscow Times", "The Moscow Times")]
    public void ReadsCopyrightHolders(string line, string holder) =>
        Assert.Equal(holder, SyndicationCueParser.CopyrightHolder(line));

    [Fact]
    public void CopyrightInsideASentenceIsNotALine() =>
        Assert.Null(SyndicationCueParser.CopyrightHolder("The copyright dispute went to court in 2021, the company said, and lasted years."));

    [Theory]
    [InlineData("GENEVA (Reuters) - Russia and the United States ended talks.", "Reuters")]
    [InlineData("MOSCOW, Jan 10 (AFP) — Talks began.", "AFP")]
    [InlineData("WASHINGTON (AP) — The talks ended.", "AP")]
    public void ReadsWireDatelines(string paragraph, string agency) =>
        Assert.Equal(agency, SyndicationCueParser.WireAgency(paragraph));

    [Fact]
    public void AParentheticalIsNotAWireDateline() =>
        Assert.Null(SyndicationCueParser.WireAgency("The alliance (NATO) - which Russia opposes - met."));

    [Theory]
    [InlineData("— Bloomberg", "Bloomberg")]
    [InlineData("Source: AFP", "AFP")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("Agence France-Presse", "AFP")]
    public void ReadsSignOffs(string line, string agency) => Assert.Equal(agency, SyndicationCueParser.SignOffAgency(line));

    [Fact]
    public void ReadsRepublicationNotices() =>
        Assert.Equal("The Conversation", SyndicationCueParser.RepublishedFrom("This article was originally published on The Conversation. Read the original article."));
}
