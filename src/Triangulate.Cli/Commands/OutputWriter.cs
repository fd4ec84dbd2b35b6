using System.Text;

namespace Triangulate.Cli.Commands;

/// <summary>
/// Writes a command's result to stdout, or to a file atomically (a temporary file in the same
/// folder, then a rename) so a reader never sees half a report.
/// </summary>
internal static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> WriteAsync(string text, string? path, CliConsole console, CancellationToken cancellationToken)
    {
        if (path is null or "-")
        {
            await console.Out.WriteAsync(text.AsMemory(), cancellationToken);
            await console.Out.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        }
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            await File.WriteAllTextAsync(temp, text, Utf8, cancellationToken);
            File.Move(temp, full, overwrite: true);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            TryDelete(temp);
            console.Warn($"{path}: cannot write: {CliApp.OneLine(e.Message)}");
            return ExitCodes.Failure;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* nothing more to do */ }
    }
}
