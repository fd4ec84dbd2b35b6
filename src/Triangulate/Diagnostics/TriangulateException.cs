namespace Triangulate.Diagnostics;

/// <summary>
/// The one exception type the product throws for bad input. <see cref="Input"/> names the input
/// concerned so the CLI can print a single line such as "triangulate: notes.pdf: binary file".
/// </summary>
public class TriangulateException(ErrorCode code, string input, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ErrorCode Code { get; } = code;
    public string Input { get; } = input;

    /// <summary>The one-line form shown to users: "input: message".</summary>
    public string OneLine => $"{Input}: {Message}";
}
