namespace Triangulate.Model;

/// <summary>Builds <see cref="Article.Provenance"/>: field name → <see cref="MetadataSource"/> label, in ordinal order of field names.</summary>
public static class MetadataProvenance
{
    public static IReadOnlyDictionary<string, string> Empty { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The labels for the fields the article has a value for; a field without a label gets no entry.</summary>
    public static IReadOnlyDictionary<string, string> For(Article article, IEnumerable<KeyValuePair<string, string?>> labels)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, label) in labels)
            if (label is not null && MetadataField.HasValue(article, field)) result[field] = label;
        return result;
    }

    /// <summary>The article's provenance with the given fields' labels replaced, then trimmed to the fields that have values.</summary>
    public static Article Relabel(Article article, IEnumerable<KeyValuePair<string, string?>> changes)
    {
        var labels = article.Provenance.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
        foreach (var (field, label) in changes) labels[field] = label;
        return article with { Provenance = For(article, labels) };
    }
}
