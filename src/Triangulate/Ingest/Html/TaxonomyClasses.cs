namespace Triangulate.Ingest.Html;

/// <summary>
/// WordPress's post_class() (copied by many themes) labels a post's container with the post's own
/// taxonomy terms: "post-1636 hentry category-news tag-travel format-gallery". Those words describe
/// what the post is about, not what the container is, so "tag-…" must not make the post a tag list.
/// </summary>
internal static class TaxonomyClasses
{
    private static readonly string[] TermPrefixes = ["tag-", "category-", "format-", "post_format-", "post-format-", "post_tag-"];

    /// <summary>The class attribute without its taxonomy terms when it is a post container's, else unchanged.</summary>
    public static string WithoutTerms(string classes)
    {
        if (!IsPostContainer(classes)) return classes;
        var kept = classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !TermPrefixes.Any(p => t.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        return string.Join(' ', kept);
    }

    /// <summary>A post container carries "hentry" (hAtom) or its id as "post-&lt;number&gt;". Scans without allocating: every element's class is asked.</summary>
    private static bool IsPostContainer(string classes)
    {
        // Most classes hold neither marker: a vectorised search rules them out before any tokenising.
        if (!classes.Contains("hentry", StringComparison.OrdinalIgnoreCase) && !classes.Contains("post-", StringComparison.OrdinalIgnoreCase)) return false;
        var span = classes.AsSpan();
        foreach (var range in span.SplitAny(" \t\n\r\f"))
        {
            var token = span[range];
            if (token.Equals("hentry", StringComparison.OrdinalIgnoreCase)) return true;
            if (token.Length > 5 && token.StartsWith("post-", StringComparison.OrdinalIgnoreCase) && !token[5..].ContainsAnyExceptInRange('0', '9')) return true;
        }
        return false;
    }
}
