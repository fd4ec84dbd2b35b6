namespace Triangulate.Ingest.Containers;

/// <summary>What an input holds: one page (HTML or text), or a container of many articles.</summary>
public enum ContainerKind
{
    /// <summary>One article: HTML or plain text.</summary>
    Page,
    /// <summary>RSS 0.9x/1.0/2.0 or Atom.</summary>
    Feed,
    /// <summary>WARC, plain or as concatenated gzip members.</summary>
    Warc,
    /// <summary>JSON Lines, one article object per line.</summary>
    JsonLines,
    /// <summary>XML that is neither a feed nor XHTML (a sitemap, a configuration file).</summary>
    OtherXml,
}
