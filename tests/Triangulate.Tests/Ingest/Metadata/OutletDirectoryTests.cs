using Triangulate.Ingest.Metadata;

namespace Triangulate.Tests.Ingest.Metadata;

public class OutletDirectoryTests
{
    [Theory]
    [InlineData("https://www.themoscowtimes.com/2022/01/10/us-russia-a75997", "The Moscow Times")]
    [InlineData("https://edition.cnn.com/2022/01/10/politics/x", "CNN")]
    [InlineData("http://rferl.org/a/123.html", "RFE/RL")]
    public void NamesKnownSitesFromTheirUrl(string url, string outlet) => Assert.Equal(outlet, OutletDirectory.FromUrl(url));

    [Theory]
    [InlineData("https://example.org/news/1")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void UnknownSitesGiveNull(string? url) => Assert.Null(OutletDirectory.FromUrl(url));

    [Fact]
    public void CanonicalisesAliases()
    {
        Assert.Equal("AP", OutletDirectory.Canonical("The Associated Press"));
        Assert.Equal("AFP", OutletDirectory.Canonical("Agence France-Presse"));
        Assert.True(OutletDirectory.IsAgency("Getty Images"));
        Assert.False(OutletDirectory.IsAgency("The Moscow Times"));
    }
}
