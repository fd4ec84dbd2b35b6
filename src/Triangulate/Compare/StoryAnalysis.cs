using Triangulate.Compare.People;
using Triangulate.Model;

namespace Triangulate.Compare;

/// <summary>What comparing a story's articles found: the entities, the quote groups (in story order) and the conflicts.</summary>
public sealed record StoryAnalysis(EntityResolution Entities, IReadOnlyList<QuoteGroup> Quotes, IReadOnlyList<Conflict> Conflicts)
{
    /// <summary>Dated events in date order (see <see cref="Timeline.TimelineBuilder"/>).</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>Things two or more articles measure, each article's value side by side (in story order).</summary>
    public IReadOnlyList<QuantityGroup> Quantities { get; init; } = [];
}
