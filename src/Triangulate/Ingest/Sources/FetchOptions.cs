namespace Triangulate.Ingest.Sources;

/// <summary>Limits for reading inputs, above all for http(s) URLs.</summary>
public sealed record FetchOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest input, counted after decompression (WARC files, gzip bodies).</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Whether the links of feed items without content are fetched, for feeds read over HTTP.</summary>
    public bool FollowLinks { get; init; }

    /// <summary>The most item links fetched per feed when <see cref="FollowLinks"/> is on.</summary>
    public int MaxLinks { get; init; } = 50;

    public static FetchOptions Default { get; } = new();
}
