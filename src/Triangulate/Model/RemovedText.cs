namespace Triangulate.Model;

/// <summary>Text taken out of the article body during ingest, and why (so nothing disappears silently).</summary>
public sealed record RemovedText(string Text, string Reason)
{
    /// <summary>The reason given when a page was cut at the markup limit: the article may be incomplete, so readers also warn.</summary>
    public const string PageTooLarge = "page too large";
}
