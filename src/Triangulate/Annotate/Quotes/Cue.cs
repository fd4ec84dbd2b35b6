using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>A reporting verb found next to a quote, with the speaker phrase it governs (null when none could be read).</summary>
internal sealed record Cue(TextRange Range, int Token, SpeakerPhrase? Speaker);
