namespace Triangulate.Model;

/// <summary>
/// What a time expression's value was read against: <see cref="Published"/> the article's own
/// publication date (or the one the user gave for it), <see cref="Story"/> the story's reference
/// date (the article has none), <see cref="Text"/> nothing but the words ("10 January 2022",
/// "1997"). Null on a <see cref="TimeExpression"/> when no date was needed (a duration, a set,
/// "now") or none was available (the value keeps X for what is unknown).
/// </summary>
public enum TimeAnchor
{
    Published,
    Story,
    Text,
}
