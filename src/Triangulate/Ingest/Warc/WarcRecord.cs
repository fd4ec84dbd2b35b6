namespace Triangulate.Ingest.Warc;

/// <summary>One WARC record: its number in the file (from 1), the headers that matter here, and its content block.</summary>
internal sealed record WarcRecord(int Number, string Type, string? TargetUri, string? ContentType, byte[] Content);
