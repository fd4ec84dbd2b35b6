using System.Runtime.CompilerServices;
using Spectre.Console;

namespace Triangulate.Cli.Commands;

/// <summary>
/// A status line on stderr while work runs, only when stderr is a terminal. Spectre.Console is
/// touched only on that path, so redirected runs do not pay for loading it.
/// </summary>
internal static class Progress
{
    public static Task<T> RunAsync<T>(CliConsole console, Func<Action<string>, Task<T>> work) =>
        console.Interactive ? WithStatusAsync(console, work) : work(static _ => { });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<T> WithStatusAsync<T>(CliConsole console, Func<Action<string>, Task<T>> work)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        return ansi.Status().StartAsync("Starting", context => work(status => context.Status(Markup.Escape(status))));
    }
}
