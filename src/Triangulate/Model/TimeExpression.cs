namespace Triangulate.Model;

/// <summary>
/// A time expression in one article: its words, its TIMEX3 type and value ("2022-01-12", "PT8H",
/// "XXXX-WXX-1", "PRESENT_REF"), and what the value was read against (<see cref="TimeAnchor"/>).
/// A relative expression with nothing to read it against keeps its unknown parts as X
/// ("XXXX-WXX-3" for "Wednesday"): a value is never guessed from today's date.
/// </summary>
public sealed record TimeExpression(TextRange Range, TimeType Type, string Value, TimeAnchor? Anchor);
