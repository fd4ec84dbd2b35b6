using System.CommandLine;
using Triangulate.Cli.Commands;

namespace Triangulate.Cli;

/// <summary>
/// The `triangulate` command line, callable in-process: parse, report usage errors (exit 2),
/// run the command, and turn anything unexpected into one line on stderr.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Reads news articles about one event and writes a briefing cited to their exact words.")
        {
            BriefCommand.Create(console),
            ExtractCommand.Create(console),
            AnnotateCommand.Create(console),
        };
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors) console.Warn(OneLine(error.Message));
                console.Error.WriteLine("Try 'triangulate --help'.");
                return ExitCodes.Usage;
            }
            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            var code = await parsed.InvokeAsync(invocation, cancellationToken);
            await console.Out.FlushAsync(CancellationToken.None);
            return code;
        }
        catch (OperationCanceledException)
        {
            console.Warn("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            console.Warn($"internal error: {OneLine(e.Message)} ({e.GetType().Name})");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Messages are one line: line breaks and tabs become single spaces.</summary>
    internal static string OneLine(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
