namespace Triangulate.Model;

/// <summary>Everything the Brief stage produced for one story; renderers only format it.</summary>
public sealed record Briefing(Story Story, IReadOnlyList<Article> Articles, IReadOnlyList<SummarySentence> Summary)
{
    /// <summary>Who said what: quote groups across articles.</summary>
    public IReadOnlyList<QuoteGroup> Quotes { get; init; } = [];

    /// <summary>People, organisations and places across the articles, in order of first mention.</summary>
    public IReadOnlyList<StoryEntity> Entities { get; init; } = [];

    /// <summary>Dated events across the articles, in date order.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>Where the sources disagree.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>Measured quantities that two or more articles give, each article's value side by side.</summary>
    public IReadOnlyList<QuantityGroup> Quantities { get; init; } = [];

    /// <summary>What the articles report, claim by claim, with the distinct sources that report each.</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>How each article covered the story (unique and omitted facts, framing), in story order.</summary>
    public IReadOnlyList<ArticleCoverage> Coverage { get; init; } = [];
}
