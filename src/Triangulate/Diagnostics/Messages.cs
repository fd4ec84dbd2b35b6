namespace Triangulate.Diagnostics;

/// <summary>Message text for the one-line warnings users see.</summary>
internal static class Messages
{
    /// <summary>The text on one line: line breaks become spaces.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
