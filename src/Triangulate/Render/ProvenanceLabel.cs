using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>Where an article's metadata value came from, as renderers show it beside the value (raw text: each format escapes it).</summary>
internal static class ProvenanceLabel
{
    /// <summary>The <see cref="MetadataSource"/> label of the field, or null when none is recorded.</summary>
    public static string? Of(Article article, string field) =>
        BriefingIndex.NonBlank(article.Provenance.GetValueOrDefault(field));
}
