namespace Triangulate.Model;

/// <summary>
/// One quote in one article. <see cref="Content"/> is what was said (inside the quotation marks for
/// direct and partial quotes); <see cref="Cue"/> the reporting words (said, told reporters, according
/// to …); <see cref="SpeakerMention"/> the words at the cue naming the speaker (a name, "he", "the
/// diplomat", "the statement"). <see cref="Speaker"/> is null with a <see cref="SpeakerReason"/> when
/// the text does not say who spoke — never a guess.
/// </summary>
public sealed record QuoteMention(
    TextRange Content,
    QuoteKind Kind,
    TextRange? Cue,
    TextRange? SpeakerMention,
    Speaker? Speaker,
    AttributionMethod? Attribution,
    string? SpeakerReason);
