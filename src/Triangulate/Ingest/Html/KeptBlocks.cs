namespace Triangulate.Ingest.Html;

/// <summary>
/// The BEM blocks ("hz-gallery" of "hz-gallery__item--wide") of ancestors kept as the article although
/// a word of their class named furniture. Their descendants repeat the block name in every class
/// ("hz-gallery__item__body"), so the same word there says nothing new; a different block
/// ("sidebar" inside "has-sidebar") or another reason ("hz-gallery__author") is still judged on its own.
/// </summary>
internal sealed class KeptBlocks
{
    private readonly string block;
    private readonly string reason;
    private readonly KeptBlocks? outer;

    private KeptBlocks(string block, string reason, KeptBlocks? outer) => (this.block, this.reason, this.outer) = (block, reason, outer);

    /// <summary>The chain with the blocks of <paramref name="classes"/>, kept despite <paramref name="reason"/>, added in front.</summary>
    public static KeptBlocks? Add(KeptBlocks? chain, string? classes, string reason)
    {
        foreach (var token in (classes ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            chain = new KeptBlocks(BlockOf(token), reason, chain);
        return chain;
    }

    /// <summary>Whether a class token of <paramref name="classes"/> belongs to a block kept despite the same <paramref name="reason"/>.</summary>
    public bool Covers(string? classes, string reason)
    {
        if (string.IsNullOrEmpty(classes)) return false;
        foreach (var token in classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var b = BlockOf(token);
            for (var k = this; k is not null; k = k.outer)
                if (string.Equals(k.block, b, StringComparison.Ordinal) && string.Equals(k.reason, reason, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A BEM token's block: what comes before the first "__" (element separator).</summary>
    private static string BlockOf(string token)
    {
        var at = token.IndexOf("__", StringComparison.Ordinal);
        return at > 0 ? token[..at] : token;
    }
}
