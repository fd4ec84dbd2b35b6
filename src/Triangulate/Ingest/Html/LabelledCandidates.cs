using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Picks a metadata value from candidates in order of trust and keeps the label of the one that won
/// (see <see cref="MetadataSource"/>). Candidates are read lazily: later ones are not looked at.
/// </summary>
internal static class LabelledCandidates
{
    /// <summary>The first candidate with a value, and its label; (null, null) when none has one.</summary>
    public static (T? Value, string? Label) First<T>(IEnumerable<(string? Label, T? Value)> candidates) where T : class
    {
        foreach (var (label, value) in candidates)
            if (value is not null) return (value, label);
        return (null, null);
    }

    /// <summary>The content of the first of the meta keys the page has, labelled "meta KEY"; (null, null) when it has none.</summary>
    public static (string? Label, string? Value) Meta(Dictionary<string, string> meta, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
            if (meta.GetValueOrDefault(key) is { } value) return (MetadataSource.Meta(key), value);
        return (null, null);
    }

    /// <summary>A raw candidate turned into a value by <paramref name="read"/>, keeping its label.</summary>
    public static (string? Label, TOut? Value) Map<TOut>((string? Label, string? Value) raw, Func<string?, TOut?> read) where TOut : class =>
        (raw.Label, read(raw.Value));
}
