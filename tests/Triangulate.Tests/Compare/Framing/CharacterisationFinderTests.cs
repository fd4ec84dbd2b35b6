using Triangulate.Compare.Framing;
using Triangulate.Model;

namespace Triangulate.Tests.Compare.Framing;

public sealed class CharacterisationFinderTests
{
    private static IReadOnlyList<Characterisation> Find(string body)
    {
        var (article, entities) = FramingFixtures.WithEntities(body);
        return CharacterisationFinder.Find(article, entities);
    }

    [Fact]
    public void Descriptions_after_described_as_are_found_with_the_speaker_and_their_span()
    {
        const string body = "Foreign Minister Jane Smith described the talks as \"useful\" and \"productive.\" The meeting lasted four hours.";
        var found = Find(body);
        Assert.Equal(["useful", "productive"], found.Select(c => c.Text));
        Assert.All(found, c => Assert.Equal("Jane Smith", c.Speaker));
        Assert.All(found, c => Assert.Equal(c.Text, body[c.Citation.Start..c.Citation.End]));
        Assert.Equal(body.IndexOf("useful", StringComparison.Ordinal), found[0].Citation.Start);
    }

    [Fact]
    public void Called_and_copula_constructions_are_descriptions()
    {
        var found = Find("Peter Brown, the union leader, called the offer \"a disaster.\" Later, Brown said the talks were \"frank and tense.\"");
        Assert.Equal(["a disaster", "frank and tense"], found.Select(c => c.Text));
        Assert.All(found, c => Assert.Equal("Peter Brown", c.Speaker));
    }

    [Fact]
    public void A_quoted_modifier_before_a_noun_is_a_description() =>
        Assert.Equal(["constructive"], Find("Anna Berg said it had been a \"constructive\" meeting with the delegation.").Select(c => c.Text));

    [Fact]
    public void A_quoted_full_statement_is_no_characterisation() =>
        Assert.Empty(Find("\"We will not accept these demands,\" Peter Brown said. \"They are difficult.\""));

    [Fact]
    public void A_quoted_plain_noun_phrase_is_no_characterisation() =>
        Assert.Empty(Find("Anna Berg said the offer included \"concrete steps\" on arms control and was \"not on the agenda\" yet."));
}
