using Triangulate.Diagnostics;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// Expands what the user named into raw inputs, in the order given: files, directories (recursive,
/// sorted; see <see cref="DirectoryWalker"/>), "-" for standard input, and http(s) URLs. Every input
/// that cannot be read becomes one <see cref="TriangulateException"/> in <see cref="LoadResult.Errors"/>
/// while the others still load; every read honours <see cref="FetchOptions.MaxBytes"/>.
/// </summary>
/// <param name="openStdin">Opens standard input; replaceable so callers can supply another stream.</param>
public sealed class InputLoader(FetchOptions options, Func<Stream>? openStdin = null)
{
    public FetchOptions Options { get; } = options;

    public async Task<LoadResult> LoadAsync(IEnumerable<string> specs, CancellationToken cancellationToken = default)
    {
        var inputs = new List<RawInput>();
        var errors = new List<TriangulateException>();
        using var fetcher = new UrlFetcher(Options);
        foreach (var spec in specs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (spec == "-") inputs.Add(await ReadStdinAsync(cancellationToken).ConfigureAwait(false));
                else if (UrlFetcher.IsUrl(spec)) inputs.Add(await fetcher.FetchAsync(spec, cancellationToken).ConfigureAwait(false));
                else if (Directory.Exists(spec))
                {
                    foreach (var file in DirectoryWalker.Files(spec, errors, cancellationToken))
                    {
                        try { inputs.Add(await ReadFileAsync(file, cancellationToken).ConfigureAwait(false)); }
                        catch (TriangulateException e) { errors.Add(e); }
                    }
                }
                else if (File.Exists(spec)) inputs.Add(await ReadFileAsync(spec, cancellationToken).ConfigureAwait(false));
                else errors.Add(new TriangulateException(ErrorCode.NotFound, spec, "no such file or directory"));
            }
            catch (TriangulateException e) { errors.Add(e); }
        }
        return new LoadResult(inputs, errors);
    }

    private async Task<RawInput> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!FileKind.IsRegularFile(path))
            throw new TriangulateException(ErrorCode.Unreadable, path, "not a regular file (device, pipe or socket)");
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            if (stream.Length > Options.MaxBytes) throw TooLarge(path);
            var bytes = await CappedReader.ReadAsync(stream, Options.MaxBytes, cancellationToken).ConfigureAwait(false) ?? throw TooLarge(path);
            return new RawInput(path, bytes);
        }
        catch (UnauthorizedAccessException)
        {
            throw new TriangulateException(ErrorCode.Unreadable, path, "permission denied");
        }
        catch (FileNotFoundException)
        {
            throw new TriangulateException(ErrorCode.NotFound, path, "no such file or directory");
        }
        catch (IOException e)
        {
            throw new TriangulateException(ErrorCode.Unreadable, path, "cannot read: " + DirectoryWalker.OneLine(e.Message), e);
        }
    }

    private async Task<RawInput> ReadStdinAsync(CancellationToken cancellationToken)
    {
        await using var stream = openStdin?.Invoke() ?? Console.OpenStandardInput();
        var bytes = await CappedReader.ReadAsync(stream, Options.MaxBytes, cancellationToken).ConfigureAwait(false) ?? throw TooLarge("-");
        return new RawInput("-", bytes);
    }

    private TriangulateException TooLarge(string input) =>
        new(ErrorCode.TooLarge, input, $"larger than the {Options.MaxBytes} byte limit");
}
