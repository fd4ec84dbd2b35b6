namespace Triangulate.Annotate.Entities;

/// <summary>
/// 64-bit FNV-1a over a feature's template number and its text, and a mixer that combines hashes
/// already computed (a word's, its neighbour's) without reading their text again: features are
/// numbers, never strings, so the model needs no vocabulary and the same text gives the same number
/// in every run.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template) => Add(Offset, (char)template);

    public static ulong Of(int template, ReadOnlySpan<char> text) => Add(Of(template), text);

    public static ulong Of(ReadOnlySpan<char> text) => Add(Offset, text);

    public static ulong Combine(int template, ulong a) => Mix(Of(template) ^ a);

    public static ulong Combine(int template, ulong a, ulong b) => Mix(Combine(template, a) ^ b);

    public static ulong Combine(int template, ulong a, ulong b, ulong c) => Mix(Combine(template, a, b) ^ c);

    // The finaliser of SplitMix64: every input bit moves about half the output bits.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text) hash = Add(hash, c);
        return hash;
    }

    private static ulong Add(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }
}
