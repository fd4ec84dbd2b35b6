using Triangulate.Annotate.Entities;
using Triangulate.Model;

namespace Triangulate.Tests.Annotate.Entities;

public class EntityTagsTests
{
    private static int[] Tags(params string[] names) => names.Select(EntityTags.Parse).ToArray();

    [Fact]
    public void SpansEndAtOutsideAtANewBeginningAndAtAnotherType()
    {
        var tags = Tags("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-ORG", "B-MISC");
        Assert.Equal(
            [(0, 2, EntityType.Person), (3, 4, EntityType.Place), (4, 6, EntityType.Place), (6, 7, EntityType.Organization), (7, 8, EntityType.Misc)],
            EntityTags.Spans(tags));
    }

    [Fact]
    public void InsideTagsOnlyContinueTheirOwnType()
    {
        Assert.True(EntityTags.CanFollow(EntityTags.Parse("B-ORG"), EntityTags.Parse("I-ORG")));
        Assert.False(EntityTags.CanFollow(EntityTags.Parse("B-PER"), EntityTags.Parse("I-ORG")));
        Assert.False(EntityTags.CanFollow(0, EntityTags.Parse("I-PER")));
        Assert.True(EntityTags.CanFollow(EntityTags.Parse("I-PER"), EntityTags.Parse("B-PER")));
    }
}
