namespace Triangulate.Ingest;

/// <summary>
/// The bytes of one input as a source delivered them, before any decoding.
/// <see cref="ContentType"/> and <see cref="Url"/> come from HTTP when the input was fetched.
/// </summary>
public sealed record RawInput(string Source, byte[] Bytes, string? ContentType = null, string? Url = null);
