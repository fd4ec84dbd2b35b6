namespace Triangulate.Model;

/// <summary>
/// One measured thing across articles ("troops", "hours"): every value the articles give for it, in
/// story order. Values that disagree beyond their hedges are also reported as a <see cref="Conflict"/>.
/// </summary>
public sealed record QuantityGroup(string About, IReadOnlyList<QuantityValue> Values);
