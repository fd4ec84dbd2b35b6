namespace Triangulate.Ingest.Warc;

/// <summary>A WARC file that stops making sense (bad version line, header or length, or cut short) at some record.</summary>
internal sealed class WarcFormatException(string message) : Exception(message);
