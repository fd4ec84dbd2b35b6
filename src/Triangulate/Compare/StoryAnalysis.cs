using Triangulate.Compare.People;
using Triangulate.Compare.Sources;
using Triangulate.Model;

namespace Triangulate.Compare;

/// <summary>What comparing a story's articles found: the entities, the quote groups (in story order) and the conflicts.</summary>
public sealed record StoryAnalysis(EntityResolution Entities, IReadOnlyList<QuoteGroup> Quotes, IReadOnlyList<Conflict> Conflicts)
{
    /// <summary>Dated events in date order (see <see cref="Timeline.TimelineBuilder"/>).</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>Things two or more articles measure, each article's value side by side (in story order).</summary>
    public IReadOnlyList<QuantityGroup> Quantities { get; init; } = [];

    /// <summary>Which articles are the same source (wire copies).</summary>
    public StorySources Sources { get; init; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>Fact groups: what each claim of the articles says, and every article that says it.</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>Per article, in story order: unique and omitted facts, framing, characterisations.</summary>
    public IReadOnlyList<ArticleCoverage> Coverage { get; init; } = [];
}
