using Triangulate.Model;

namespace Triangulate.Annotate.Entities;

/// <summary>
/// The BIO tags of the tagger: 0 is O (outside), then B- and I- for each <see cref="EntityType"/>
/// in enum order (B = 1 + 2k, I = 2 + 2k). Names are CoNLL's ("B-PER", "I-LOC").
/// </summary>
internal static class EntityTags
{
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int Count => Names.Length;

    /// <summary>The tag index of a CoNLL tag name; IOB1 "I-" starts are read as written (callers give IOB2).</summary>
    public static int Parse(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index >= 0 ? index : throw new FormatException($"unknown entity tag '{name}'");
    }

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 2);

    /// <summary>An I- tag may only continue an entity of its own type; everything else may follow anything.</summary>
    public static bool CanFollow(int previous, int tag) =>
        !IsInside(tag) || (previous > 0 && TypeOf(previous) == TypeOf(tag));

    /// <summary>The entities of a tag sequence as token ranges [Start, End) with their type.</summary>
    public static List<(int Start, int End, EntityType Type)> Spans(IReadOnlyList<int> tags)
    {
        var spans = new List<(int, int, EntityType)>();
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : 0;
            if (start >= 0 && !(IsInside(tag) && TypeOf(tag) == TypeOf(tags[start])))
            {
                spans.Add((start, i, TypeOf(tags[start])));
                start = -1;
            }
            if (tag > 0 && start < 0) start = i;
        }
        return spans;
    }
}
