using System.Xml;

namespace Triangulate.Ingest.Feeds;

/// <summary>
/// Checks that a feed is well-formed XML that is safe to hand to the feed parser: no DTD at all (so no
/// entity expansion and no external entities: XXE and "billion laughs" cannot happen), nothing
/// resolved from outside, and elements nested at most <see cref="MaxDepth"/> deep. Throws
/// <see cref="XmlException"/> with a one-line reason otherwise.
/// </summary>
internal static class SafeXml
{
    public const int MaxDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    public static void Check(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        try
        {
            while (reader.Read())
                if (reader.Depth > MaxDepth) throw new XmlException($"elements nested more than {MaxDepth} deep");
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new XmlException("a DTD (document type with entities) is not allowed in a feed", e);
        }
    }
}
