namespace Triangulate.Model;

/// <summary>Text taken out of the article body during ingest, and why (so nothing disappears silently).</summary>
public sealed record RemovedText(string Text, string Reason);
