using Triangulate.Annotate.Entities;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Annotate.Entities;

public class EntityTaggerTests
{
    private const string Body =
        "Foreign Minister Anna Kowalczyk arrived in Lisbon on Tuesday.\n\n" +
        "She told reporters that NATO and the IMF would send observers, and that the Dutch delegation agreed.";

    private static List<(string Text, EntityType Type)> Tag(string body) =>
        EntityTagger.Tag(body, SentenceSplitter.Split(body)).Select(m => (m.Range.Slice(body), m.Type)).ToList();

    [Fact]
    public void FindsAPersonAfterATitleAPlaceAndOrganisationAcronyms()
    {
        Assert.Equal(
            [
                ("Anna Kowalczyk", EntityType.Person), ("Lisbon", EntityType.Place), ("NATO", EntityType.Organization),
                ("IMF", EntityType.Organization), ("Dutch", EntityType.Misc),
            ],
            Tag(Body));
    }

    [Fact]
    public void OffsetsIndexTheBodyAndExcludePunctuation()
    {
        const string body = "Talks ended in Geneva. “We will meet again,” said Ryabkov’s deputy, Ivan Petrov.";
        var mentions = EntityTagger.Tag(body, SentenceSplitter.Split(body));
        Assert.Equal(["Geneva", "Ryabkov", "Ivan Petrov"], mentions.Select(m => m.Range.Slice(body)));
        Assert.Equal(body.IndexOf("Ivan", StringComparison.Ordinal), mentions[^1].Range.Start);
        Assert.All(mentions, m => Assert.True(m.Range.Start >= 0 && m.Range.End <= body.Length && m.Range.Length > 0));
    }

    [Theory]
    [InlineData("Ms Kowalczyk said the talks in Lisbon went well.", "Kowalczyk")]
    [InlineData("Talks went well, said Mr. Tomas Lindqvist, who led them.", "Tomas Lindqvist")]
    [InlineData("Later, Sen. Maria Ortega rejected the offer.", "Maria Ortega")]
    [InlineData("Presidents Biden and Putin held talks in the Swiss city last June.", "Biden")]
    public void APersonsNameLeavesOutTheTitle(string body, string name) =>
        Assert.Contains((name, EntityType.Person), Tag(body));

    [Fact]
    public void IsDeterministic()
    {
        var sentences = SentenceSplitter.Split(Body);
        Assert.Equal(EntityTagger.Tag(Body, sentences), EntityTagger.Tag(Body, sentences));
    }

    [Fact]
    public void AnEmptyBodyHasNoEntities() => Assert.Empty(EntityTagger.Tag("", []));
}
