namespace Triangulate.Model;

/// <summary>
/// How a quote's speaker was decided: <c>Explicit</c> — named at the cue; <c>Resolved</c> — a pronoun
/// or nominal at the cue, resolved to a person named earlier; <c>Continued</c> — no cue, carried over
/// from the previous quote.
/// </summary>
public enum AttributionMethod { Explicit, Resolved, Continued }
