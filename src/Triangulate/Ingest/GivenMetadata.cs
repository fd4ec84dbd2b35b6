using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>Who stated metadata given beside an input's content.</summary>
public enum GivenOrigin
{
    /// <summary>A feed item's own fields: they fill only what the page itself does not say.</summary>
    Feed,
    /// <summary>The user (a JSON Lines record): taken as given, over what the page says.</summary>
    User,
}

/// <summary>
/// Metadata a container states beside the content (a feed item's title, date and authors; a JSON line's
/// fields), applied to the article read from that content according to <see cref="Origin"/>. Null
/// (or empty) means the container said nothing; nothing here is ever inferred.
/// </summary>
public sealed record GivenMetadata(GivenOrigin Origin)
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public PublicationTime? Published { get; init; }
    public string? Url { get; init; }

    /// <summary>The <see cref="MetadataSource"/> label of the fields this container gives.</summary>
    public string Source => Origin == GivenOrigin.User ? MetadataSource.JsonLinesField : MetadataSource.FeedItem;

    /// <summary>
    /// The article with the given fields applied. Each field that takes a given value is labelled
    /// <see cref="Source"/>: every given field for the user, the fields the page left unsaid for a feed.
    /// </summary>
    public Article ApplyTo(Article article) => MetadataProvenance.Relabel(Apply(article), Taken(article));

    private IEnumerable<KeyValuePair<string, string?>> Taken(Article page)
    {
        var user = Origin == GivenOrigin.User;
        if (Title is not null && (user || page.Title is null)) yield return new(MetadataField.Title, Source);
        if (Outlet is not null && (user || page.Outlet is null)) yield return new(MetadataField.Outlet, Source);
        if (Authors.Count > 0 && (user || page.Authors.Count == 0)) yield return new(MetadataField.Authors, Source);
        if (Published is not null && (user || page.Published is null)) yield return new(MetadataField.Published, Source);
        if (Url is not null && (user || page.Url is null)) yield return new(MetadataField.Url, Source);
    }

    private Article Apply(Article article) => Origin == GivenOrigin.User
        ? article with
        {
            Title = Title ?? article.Title,
            Outlet = Outlet ?? article.Outlet,
            Authors = Authors.Count > 0 ? Authors : article.Authors,
            Published = Published ?? article.Published,
            Url = Url ?? article.Url,
        }
        : article with
        {
            Title = article.Title ?? Title,
            Outlet = article.Outlet ?? Outlet,
            Authors = article.Authors.Count > 0 ? article.Authors : Authors,
            Published = article.Published ?? Published,
            Url = article.Url ?? Url,
        };
}
