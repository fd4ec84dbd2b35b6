namespace Triangulate.Model;

/// <summary>
/// One utterance as reported across outlets: the speaker the articles agree on (null when none names
/// one), the canonical text, every mention, and the wording variants. <see cref="Id"/> is stable (a
/// content hash).
/// </summary>
public sealed record QuoteGroup(
    string Id,
    Speaker? Speaker,
    string? SpeakerEntity,
    string Text,
    IReadOnlyList<QuoteGroupMention> Mentions,
    IReadOnlyList<QuoteVariant> Variants)
{
    /// <summary>How many distinct sources carry it: a wire story and its copies count once.</summary>
    public int Support { get; init; }
}
