namespace Triangulate.Diagnostics;

/// <summary>Catalogue of the failures a user can meet; the CLI maps them to exit codes and messages.</summary>
public enum ErrorCode
{
    /// <summary>A path that does not exist.</summary>
    NotFound,
    /// <summary>An input that holds no text (zero bytes, whitespace only, or nothing left after cleaning).</summary>
    Empty,
    /// <summary>Binary content (images, archives, executables) where text or markup was expected.</summary>
    Binary,
    /// <summary>Bytes that decode to no sensible text in any supported encoding.</summary>
    Undecodable,
    /// <summary>A URL that could not be fetched (DNS, refused, timeout, HTTP error, too many redirects).</summary>
    Unreachable,
    /// <summary>Input larger than the configured cap.</summary>
    TooLarge,
    /// <summary>Input of a kind no reader handles.</summary>
    Unsupported,
    /// <summary>Input that could not be read (permissions, device files, I/O errors).</summary>
    Unreadable,
}
