using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>The speaker decided for one quote, how it was decided, and why it is null when it is.</summary>
internal sealed record SpeakerDecision(Speaker? Speaker, AttributionMethod? Attribution, string? Reason)
{
    public static SpeakerDecision Unknown(string reason) => new(null, null, reason);
}

/// <summary>
/// Decides who said a quote. This is where every speaker comes from:
/// a name at the cue is <c>explicit</c>; a pronoun or a definite nominal ("the deputy secretary") at
/// the cue is <c>resolved</c> to the nearest fitting speaker named earlier in the article; a quote
/// with no cue takes the speaker of the quote just before it as <c>continued</c>. When none of these
/// applies the speaker is null with the reason, never a guess.
/// </summary>
internal sealed class SpeakerResolver(ArticlePeople people)
{
    private static readonly HashSet<string> DefiniteDeterminers = new(StringComparer.Ordinal) { "the", "this", "that", "these", "those" };

    public SpeakerDecision AtCue(SpeakerPhrase? phrase)
    {
        if (phrase is null) return SpeakerDecision.Unknown("the cue names no speaker");
        var position = phrase.Range.Start;
        if (phrase.Kind == SpeakerPhraseKind.Pronoun) return Pronoun(phrase.Core[0].Lower, position);
        var name = SpeakerNameParser.Parse(phrase);
        return phrase.Kind == SpeakerPhraseKind.Name && !name.IsNominal
            ? new(people.Name(name, position), AttributionMethod.Explicit, null)
            : Nominal(phrase, name, position);
    }

    public static SpeakerDecision Continued(QuoteMention? previous) =>
        previous?.Speaker is { } speaker
            ? new SpeakerDecision(speaker, AttributionMethod.Continued, null)
            : SpeakerDecision.Unknown(previous is null
                ? "no reporting verb or speaker near the quote"
                : "no reporting verb near the quote, and the quote before it has no known speaker");

    private SpeakerDecision Pronoun(string pronoun, int position)
    {
        Speaker? speaker = pronoun switch
        {
            "he" => people.Pronoun(Gender.Male, position),
            "she" => people.Pronoun(Gender.Female, position),
            "it" => people.Organisation(position),
            _ => null,
        };
        if (speaker is not null) return new(speaker, AttributionMethod.Resolved, null);
        return SpeakerDecision.Unknown(pronoun is "i" or "we" or "you"
            ? $"the cue names the speaker only as '{pronoun}'"
            : $"'{pronoun}' does not resolve to a speaker named earlier in the article");
    }

    private SpeakerDecision Nominal(SpeakerPhrase phrase, SpeakerName name, int position)
    {
        var words = phrase.Core.Where(t => t.IsWord).Select(t => t.Lower).ToList();
        if (DefiniteDeterminers.Contains(words[0]) && words.Count > 1)
        {
            var resolved = people.Nominal(words.Skip(1).ToList(), position);
            if (resolved is not null) return new(resolved, AttributionMethod.Resolved, null);
        }
        // An unnamed source ("a senior official", "officials", "the statement") is what the text says.
        return new(new Speaker(name.Name, null), AttributionMethod.Explicit, null);
    }
}
