namespace Triangulate.Annotate.Quantities;

/// <summary>
/// A number read from words <see cref="First"/>..<see cref="Last"/> of a sentence. <see cref="Vague"/>
/// for a magnitude ("thousands"); <see cref="Digits"/> when written in figures; <see cref="Grouped"/>
/// when the figures carry a thousands separator ("13,000", "100 000"), which a year never does.
/// </summary>
internal sealed record NumberMatch(int First, int Last, double Value, bool Vague, bool Digits, bool Grouped);
