using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>The inputs that could be read, in a stable order, and one error per input that could not.</summary>
public sealed record LoadResult(IReadOnlyList<RawInput> Inputs, IReadOnlyList<TriangulateException> Errors);
