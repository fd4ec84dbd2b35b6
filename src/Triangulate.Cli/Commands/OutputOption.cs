using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary>-o FILE: write there (atomically) instead of to standard output.</summary>
internal static class OutputOption
{
    public static Option<string?> Create() => new("--output", "-o")
    {
        Description = "Write to FILE instead of standard output",
        HelpName = "FILE",
    };
}
