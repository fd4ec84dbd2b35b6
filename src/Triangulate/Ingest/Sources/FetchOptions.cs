namespace Triangulate.Ingest.Sources;

/// <summary>Limits for reading inputs, above all for http(s) URLs.</summary>
public sealed record FetchOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;
    public int MaxRedirects { get; init; } = 5;

    public static FetchOptions Default { get; } = new();
}
