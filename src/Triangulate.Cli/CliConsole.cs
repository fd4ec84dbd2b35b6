namespace Triangulate.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, one-line messages to <see cref="Error"/>.
/// <see cref="Interactive"/> is true only when stderr is a terminal, the one case that shows progress.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive = false)
{
    /// <summary>Prints "triangulate: message" on stderr.</summary>
    public void Warn(string message) => Error.WriteLine($"triangulate: {message}");
}
