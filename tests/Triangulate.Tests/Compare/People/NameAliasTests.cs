using Triangulate.Compare.People;
using Triangulate.Model;

namespace Triangulate.Tests.Compare.People;

/// <summary>Organisations and places under their several names; titles read as roles.</summary>
public class NameAliasTests
{
    private static ResolvedEntity Single(params NameMention[] mentions) => Assert.Single(EntityResolver.Resolve(mentions).Entities);

    [Fact]
    public void An_acronym_joins_its_expansion()
    {
        var entity = Single(
            new NameMention("a", "NATO", Kind: EntityKind.Organisation),
            new NameMention("b", "Nato", Kind: EntityKind.Organisation),
            new NameMention("c", "North Atlantic Treaty Organisation", Kind: EntityKind.Organisation));

        Assert.Equal("NATO", entity.Name);
        Assert.Equal(["a", "b", "c"], entity.Articles);
    }

    [Fact]
    public void Word_order_hyphens_and_spelling_do_not_split_an_organisation()
    {
        var entity = Single(
            new NameMention("a", "Organisation for Security and Co-operation in Europe", Kind: EntityKind.Organisation),
            new NameMention("b", "Organization for Cooperation and Security in Europe", Kind: EntityKind.Organisation),
            new NameMention("c", "OSCE", Kind: EntityKind.Organisation));

        Assert.Equal(3, entity.Articles.Count);
    }

    [Fact]
    public void Spelling_variants_of_a_place_are_one_place()
    {
        var entity = Single(new NameMention("a", "Kiev", Kind: EntityKind.Place), new NameMention("b", "Kyiv", Kind: EntityKind.Place));

        Assert.Contains(entity.Name == "Kiev" ? "Kyiv" : "Kiev", entity.Aliases);
    }

    [Fact]
    public void An_acronym_that_fits_two_bodies_joins_neither()
    {
        var entities = EntityResolver.Resolve([
            new NameMention("a", "EU", Kind: EntityKind.Organisation),
            new NameMention("b", "European Union", Kind: EntityKind.Organisation),
            new NameMention("c", "Energy Unit", Kind: EntityKind.Organisation)]).Entities;

        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void Mentions_keep_where_the_text_names_the_entity()
    {
        var entity = Single(new NameMention("a", "Geneva", Kind: EntityKind.Place, Range: new TextRange(10, 16)));

        Assert.Equal([new Citation("a", 10, 16)], entity.Mentions);
    }
}
