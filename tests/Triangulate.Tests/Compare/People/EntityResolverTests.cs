using Triangulate.Compare.People;

namespace Triangulate.Tests.Compare.People;

public class EntityResolverTests
{
    private static EntityResolution Resolve(params NameMention[] mentions) => EntityResolver.Resolve(mentions);

    [Fact]
    public void SurnameTitleAndFullNameAreOnePerson()
    {
        var resolution = Resolve(
            new NameMention("a", "Sherman"),
            new NameMention("b", "Wendy Sherman", "US Deputy Secretary of State"),
            new NameMention("c", "Ms Sherman", "Deputy Secretary of State"));
        var sherman = Assert.Single(resolution.Entities);
        Assert.Equal("Wendy Sherman", sherman.Name);
        Assert.Equal("US Deputy Secretary of State", sherman.Role);
        Assert.Equal(EntityKind.Person, sherman.Kind);
        Assert.Equal(["a", "b", "c"], sherman.Articles);
        Assert.Equal(["Ms Sherman", "Sherman"], sherman.Aliases);
        Assert.Same(sherman, resolution.Find("a", "Sherman"));
        Assert.Same(sherman, resolution.Find("c", "Ms  Sherman"));
    }

    [Fact]
    public void ConflictingFirstNamesAreDifferentPeople()
    {
        var resolution = Resolve(new NameMention("a", "Wendy Sherman"), new NameMention("b", "John Sherman"));
        Assert.Equal(2, resolution.Entities.Count);
        Assert.NotEqual(resolution.Find("a", "Wendy Sherman")!.Id, resolution.Find("b", "John Sherman")!.Id);
    }

    [Fact]
    public void InitialAgreesWithTheFirstName() =>
        Assert.Single(Resolve(new NameMention("a", "W. Sherman"), new NameMention("b", "Wendy Sherman")).Entities);

    [Fact]
    public void BareSurnameGoesToThePersonNamedInTheSameArticle()
    {
        var resolution = Resolve(
            new NameMention("a", "Wendy Sherman"), new NameMention("a", "Sherman"),
            new NameMention("b", "John Sherman"), new NameMention("b", "Mr Sherman"));
        Assert.Equal("Wendy Sherman", resolution.Find("a", "Sherman")!.Name);
        Assert.Equal("John Sherman", resolution.Find("b", "Mr Sherman")!.Name);
    }

    [Fact]
    public void AmbiguousBareSurnameIsNotGuessed()
    {
        var resolution = Resolve(
            new NameMention("a", "Wendy Sherman"), new NameMention("b", "John Sherman"), new NameMention("c", "Sherman"));
        var bare = resolution.Find("c", "Sherman")!;
        Assert.Equal("Sherman", bare.Name);
        Assert.Equal(3, resolution.Entities.Count);
    }

    [Fact]
    public void IdIsAStableHashOfTheFullestName()
    {
        var one = Resolve(new NameMention("a", "Sherman"), new NameMention("b", "Wendy Sherman")).Entities[0];
        var other = Resolve(new NameMention("x", "Wendy Sherman")).Entities[0];
        Assert.Equal(one.Id, other.Id);
        Assert.Matches("^[0-9a-f]{8}$", one.Id);
    }

    [Fact]
    public void OrganisationsResolveByNormalisedName()
    {
        var resolution = Resolve(
            new NameMention("a", "the State Department"), new NameMention("b", "State Department"),
            new NameMention("c", "NATO"), new NameMention("d", "Nato"),
            new NameMention("e", "World Health Organisation"), new NameMention("f", "World Health Organization"));
        Assert.Equal(3, resolution.Entities.Count);
        Assert.All(resolution.Entities, e => Assert.Equal(EntityKind.Organisation, e.Kind));
        Assert.Equal("State Department", resolution.Find("a", "the State Department")!.Name);
        Assert.Same(resolution.Find("c", "NATO"), resolution.Find("d", "Nato"));
        Assert.Same(resolution.Find("e", "World Health Organisation"), resolution.Find("f", "World Health Organization"));
    }

    [Fact]
    public void TitlesAndSuffixesAreNotPartOfTheName()
    {
        var resolution = Resolve(new NameMention("a", "President Joe Biden Jr."), new NameMention("b", "Mr Biden"));
        var biden = Assert.Single(resolution.Entities);
        Assert.Equal("Joe Biden", biden.Name);
    }
}
