using Triangulate.Ingest.Sources;
using Triangulate.Render;

namespace Triangulate.Cli.Commands;

/// <summary>What `brief` was asked to do, after parsing and validation.</summary>
internal sealed record BriefSettings(
    IReadOnlyList<string> Paths, BriefingFormat Format, string? Output, int Words, FetchOptions Fetch);
