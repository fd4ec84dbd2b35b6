namespace Triangulate.Model;

/// <summary>The names of <see cref="Article"/>'s metadata fields as <see cref="Article.Provenance"/> keys them (the JSON contract's names).</summary>
public static class MetadataField
{
    public const string Title = "title";
    public const string Authors = "authors";
    public const string Published = "published";
    public const string Updated = "updated";
    public const string Outlet = "outlet";
    public const string OriginalOutlet = "originalOutlet";
    public const string Url = "url";
    public const string Language = "language";

    /// <summary>Whether the article has a value for the field (a non-empty list for authors).</summary>
    public static bool HasValue(Article article, string field) => field switch
    {
        Title => article.Title is not null,
        Authors => article.Authors.Count > 0,
        Published => article.Published is not null,
        Updated => article.Updated is not null,
        Outlet => article.Outlet is not null,
        OriginalOutlet => article.OriginalOutlet is not null,
        Url => article.Url is not null,
        Language => article.Language is not null,
        _ => false,
    };
}
