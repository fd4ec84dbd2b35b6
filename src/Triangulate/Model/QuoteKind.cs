namespace Triangulate.Model;

/// <summary>
/// How a quote appears: <c>Direct</c> — whole sentences in quotation marks; <c>Partial</c> — a quoted
/// fragment inside reported speech (described them as "businesslike"); <c>Indirect</c> — reported
/// speech after a reporting verb, without quotation marks (Ryabkov said that no progress was made).
/// </summary>
public enum QuoteKind { Direct, Partial, Indirect }
