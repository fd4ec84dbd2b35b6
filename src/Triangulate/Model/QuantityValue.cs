namespace Triangulate.Model;

/// <summary>One article's value of a measured quantity: its words (<see cref="Text"/>, at [Start, End) of the body) and the number read from them.</summary>
public sealed record QuantityValue(string Article, int Start, int End, string Text, double Value, Approximation Approx);
