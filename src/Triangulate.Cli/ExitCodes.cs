namespace Triangulate.Cli;

/// <summary>The process exit codes (documented in docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Output was produced (warnings about single inputs allowed).</summary>
    public const int Success = 0;

    /// <summary>No usable input remained, or the output could not be written.</summary>
    public const int Failure = 1;

    /// <summary>Bad command line: unknown command or option, bad value, no paths.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal error (a bug); one line on stderr, never a stack trace.</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
