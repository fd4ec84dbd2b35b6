using System.Runtime.CompilerServices;
using Triangulate.Diagnostics;
using Triangulate.Ingest.Containers;
using Triangulate.Ingest.Warc;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// Expands what the user named into raw inputs, in the order given: files, directories (recursive,
/// sorted; see <see cref="DirectoryWalker"/>), "-" for standard input, and http(s) URLs. Containers
/// (feeds, WARC, JSON Lines; see <see cref="ContainerReader"/>) become one input per article; WARC
/// files are streamed record by record, never read whole. Every input or part that cannot be read
/// becomes one <see cref="TriangulateException"/> while the others still load; every read honours
/// <see cref="FetchOptions.MaxBytes"/>, decompressed bytes included.
/// </summary>
/// <param name="openStdin">Opens standard input; replaceable so callers can supply another stream.</param>
public sealed class InputLoader(FetchOptions options, Func<Stream>? openStdin = null)
{
    private const int SniffBytes = 4096;

    public FetchOptions Options { get; } = options;

    public async Task<LoadResult> LoadAsync(IEnumerable<string> specs, CancellationToken cancellationToken = default)
    {
        var inputs = new List<RawInput>();
        var errors = new List<TriangulateException>();
        await foreach (var entry in StreamAsync(specs, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Input is not null) inputs.Add(entry.Input);
            if (entry.Warning is not null) errors.Add(entry.Warning);
        }
        return new LoadResult(inputs, errors);
    }

    /// <summary>
    /// The inputs one at a time, as they are read, each entry an input or a warning (never a link:
    /// links are fetched or reported here), so a caller can read articles without holding every input.
    /// </summary>
    public async IAsyncEnumerable<ContainerEntry> StreamAsync(IEnumerable<string> specs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var fetcher = new UrlFetcher(Options);
        foreach (var spec in specs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var errors = new List<TriangulateException>();
            IAsyncEnumerable<ContainerEntry> entries;
            if (spec == "-") entries = Buffered(() => ReadStdinAsync(cancellationToken), cancellationToken);
            else if (UrlFetcher.IsUrl(spec)) entries = Fetched(spec, fetcher, cancellationToken);
            else if (Directory.Exists(spec)) entries = Files(DirectoryWalker.Files(spec, errors, cancellationToken), cancellationToken);
            else if (File.Exists(spec)) entries = Files([spec], cancellationToken);
            else entries = Single(new TriangulateException(ErrorCode.NotFound, spec, "no such file or directory"));
            foreach (var error in errors) yield return ContainerEntry.Problem(error);
            await foreach (var entry in entries.ConfigureAwait(false)) yield return entry;
        }
    }

    private async IAsyncEnumerable<ContainerEntry> Files(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!FileKind.IsRegularFile(path))
            {
                yield return ContainerEntry.Problem(new TriangulateException(ErrorCode.Unreadable, path, "not a regular file (device, pipe or socket)"));
                continue;
            }
            FileStream? stream = null;
            TriangulateException? problem = null;
            var isWarc = false;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
                var head = new byte[SniffBytes];
                var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                stream.Position = 0;
                isWarc = ContainerSniffer.Sniff(path, null, head.AsSpan(0, read)) == ContainerKind.Warc;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                problem = FileProblem(path, e);
            }
            if (problem is not null)
            {
                stream?.Dispose();
                yield return ContainerEntry.Problem(problem);
                continue;
            }
            await using (stream!.ConfigureAwait(false))
            {
                // A WARC file may be many gigabytes: stream its records instead of reading it whole.
                var entries = isWarc
                    ? Streamed(path, WarcEntries.Read(stream!, path, Options.MaxBytes), cancellationToken)
                    : Buffered(() => ReadFileAsync(path, stream!, cancellationToken), cancellationToken);
                await foreach (var entry in entries.ConfigureAwait(false)) yield return entry;
            }
        }
    }

    private async IAsyncEnumerable<ContainerEntry> Fetched(string spec, UrlFetcher fetcher, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var links = 0;
        await foreach (var entry in Buffered(() => fetcher.FetchAsync(spec, cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            if (entry.Link is null || entry.Input is null)
            {
                yield return entry;
                continue;
            }
            if (!Options.FollowLinks || links >= Options.MaxLinks)
            {
                var hint = Options.FollowLinks ? $" (more than {Options.MaxLinks} links to follow)" : $" (--follow-links fetches {entry.Link})";
                yield return ContainerEntry.Problem(new TriangulateException(entry.Warning!.Code, entry.Warning.Input, entry.Warning.Message + hint));
                continue;
            }
            links++;
            ContainerEntry followed;
            try
            {
                var page = await fetcher.FetchAsync(entry.Link, cancellationToken).ConfigureAwait(false);
                followed = ContainerEntry.Item(page with { Source = entry.Input.Source, Given = entry.Input.Given });
            }
            catch (TriangulateException e)
            {
                followed = ContainerEntry.Problem(new TriangulateException(e.Code, entry.Input.Source, e.Message, e));
            }
            yield return followed;
        }
    }

    /// <summary>One input read whole, then opened up if it is a container (a local feed's items without content are skipped with their warning).</summary>
    private async IAsyncEnumerable<ContainerEntry> Buffered(Func<Task<RawInput>> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RawInput input;
        TriangulateException? problem = null;
        try { input = await read().ConfigureAwait(false); }
        catch (TriangulateException e) { input = null!; problem = e; }
        if (problem is not null)
        {
            yield return ContainerEntry.Problem(problem);
            yield break;
        }
        await foreach (var entry in Streamed(input.Source, ContainerReader.Expand(input, Options.MaxBytes), cancellationToken).ConfigureAwait(false))
            yield return entry.Link is not null && !UrlFetcher.IsUrl(input.Source) ? ContainerEntry.Problem(entry.Warning!) : entry;
    }

    /// <summary>Entries of a container, turning an I/O failure while reading it into one last warning.</summary>
    private static async IAsyncEnumerable<ContainerEntry> Streamed(string source, IEnumerable<ContainerEntry> entries, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false); // the entries come synchronously; the signature is the loader's
        using var enumerator = entries.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ContainerEntry? entry = null;
            TriangulateException? problem = null;
            try
            {
                if (enumerator.MoveNext()) entry = enumerator.Current;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                problem = FileProblem(source, e);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // A reader bug on one odd container should not lose the other inputs.
                problem = new TriangulateException(ErrorCode.Unreadable, source, "cannot read: " + Messages.OneLine(e.Message), e);
            }
            if (problem is not null)
            {
                yield return ContainerEntry.Problem(problem);
                yield break;
            }
            if (entry is null) yield break;
            yield return entry;
        }
    }

    private static async IAsyncEnumerable<ContainerEntry> Single(TriangulateException error)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return ContainerEntry.Problem(error);
    }

    private async Task<RawInput> ReadFileAsync(string path, FileStream stream, CancellationToken cancellationToken)
    {
        try
        {
            if (stream.Length > Options.MaxBytes) throw TooLarge(path);
            var bytes = await CappedReader.ReadAsync(stream, Options.MaxBytes, cancellationToken).ConfigureAwait(false) ?? throw TooLarge(path);
            return new RawInput(path, bytes);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw FileProblem(path, e);
        }
    }

    private static TriangulateException FileProblem(string path, Exception e) => e switch
    {
        UnauthorizedAccessException => new TriangulateException(ErrorCode.Unreadable, path, "permission denied"),
        FileNotFoundException => new TriangulateException(ErrorCode.NotFound, path, "no such file or directory"),
        _ => new TriangulateException(ErrorCode.Unreadable, path, "cannot read: " + Messages.OneLine(e.Message), e),
    };

    private async Task<RawInput> ReadStdinAsync(CancellationToken cancellationToken)
    {
        await using var stream = openStdin?.Invoke() ?? Console.OpenStandardInput();
        var bytes = await CappedReader.ReadAsync(stream, Options.MaxBytes, cancellationToken).ConfigureAwait(false) ?? throw TooLarge("-");
        return new RawInput("-", bytes);
    }

    private TriangulateException TooLarge(string input) =>
        new(ErrorCode.TooLarge, input, $"larger than the {Options.MaxBytes} byte limit");
}
