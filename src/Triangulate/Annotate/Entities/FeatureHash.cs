namespace Triangulate.Annotate.Entities;

/// <summary>
/// 64-bit FNV-1a over a feature's template number and its text: features are numbers, never
/// strings, so the model needs no vocabulary and the same text gives the same number in every run.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template) => Add(Offset, (char)template);

    public static ulong Of(int template, ReadOnlySpan<char> text) => Add(Of(template), text);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Add(Add(Of(template), a), '\u0001'), b);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        Add(Add(Of(template, a, b), '\u0001'), c);

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
