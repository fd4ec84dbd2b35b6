using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>What kind of words name a speaker at a cue.</summary>
internal enum SpeakerPhraseKind
{
    /// <summary>A proper name, with any title or role around it: "Russia's Deputy Foreign Minister Sergei Ryabkov".</summary>
    Name,
    /// <summary>"he", "she", "they", "it", "we", "I".</summary>
    Pronoun,
    /// <summary>A common noun phrase: "the deputy secretary", "officials", "the statement".</summary>
    Nominal,
}

/// <summary>
/// The words at a cue that name the speaker. <see cref="Core"/> is the noun phrase itself;
/// <see cref="Apposition"/> the phrase set off by commas after a name ("Sergei Ryabkov, Russia's Deputy
/// Foreign Minister, said"), empty when there is none.
/// </summary>
internal sealed record SpeakerPhrase(
    TextRange Range,
    SpeakerPhraseKind Kind,
    IReadOnlyList<ClauseToken> Core,
    IReadOnlyList<ClauseToken> Apposition);
