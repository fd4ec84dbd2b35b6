using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>A quote found in the text before its speaker is decided.</summary>
internal sealed record QuoteCandidate(TextRange Content, QuoteKind Kind, Cue? Cue);
