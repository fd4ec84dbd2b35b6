using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// Expands what the user named (files, directories, "-" for stdin, http(s) URLs) into raw inputs.
/// Minimal first version: files only.
/// </summary>
public sealed class InputLoader(FetchOptions options)
{
    public FetchOptions Options { get; } = options;

    public Task<LoadResult> LoadAsync(IEnumerable<string> specs, CancellationToken cancellationToken = default)
    {
        var inputs = new List<RawInput>();
        var errors = new List<TriangulateException>();
        foreach (var spec in specs)
        {
            if (File.Exists(spec)) inputs.Add(new RawInput(spec, File.ReadAllBytes(spec)));
            else if (Directory.Exists(spec))
                foreach (var file in Directory.EnumerateFiles(spec, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    inputs.Add(new RawInput(file, File.ReadAllBytes(file)));
            else errors.Add(new TriangulateException(ErrorCode.NotFound, spec, "no such file or directory"));
        }
        return Task.FromResult(new LoadResult(inputs, errors));
    }
}
