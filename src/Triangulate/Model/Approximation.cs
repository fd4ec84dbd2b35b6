namespace Triangulate.Model;

/// <summary>
/// How a number is hedged in the text: as written (<see cref="Exact"/>), "about"/"around"/"some"
/// (<see cref="About"/>), "more than"/"over"/"at least" (<see cref="MoreThan"/>), "almost"/"up
/// to"/"fewer than" (<see cref="LessThan"/>), or a vague magnitude such as "thousands" or "tens of
/// thousands" (<see cref="Order"/>). Comparing numbers across outlets reads each as a band of values.
/// </summary>
public enum Approximation { Exact, About, MoreThan, LessThan, Order }
