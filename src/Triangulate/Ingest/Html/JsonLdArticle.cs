using System.Text.Json;

namespace Triangulate.Ingest.Html;

/// <summary>
/// The article facts a page states in JSON-LD (schema.org NewsArticle and kin): headline, authors,
/// dates, publisher. Objects are searched in arrays and @graph; malformed JSON is ignored.
/// </summary>
internal sealed class JsonLdArticle
{
    public string? Headline { get; private set; }
    /// <summary>The property <see cref="Headline"/> was read from: "headline" or "name".</summary>
    public string? HeadlineProperty { get; private set; }
    public List<string> Authors { get; } = [];
    public string? DatePublished { get; private set; }
    /// <summary>The property <see cref="DatePublished"/> was read from: "datePublished" or "dateCreated".</summary>
    public string? DatePublishedProperty { get; private set; }
    public string? DateModified { get; private set; }
    public string? Publisher { get; private set; }
    public string? Url { get; private set; }
    public string? Language { get; private set; }

    /// <summary>datePublished of any object (a WebPage, a Recipe) when no article object states one.</summary>
    public string? AnyDatePublished { get; private set; }

    private static readonly string[] ArticleTypes =
        ["Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
         "Report", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "BackgroundNewsArticle", "ReviewNewsArticle"];

    public static JsonLdArticle Read(IEnumerable<string> scripts)
    {
        var result = new JsonLdArticle();
        var namesById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var script in scripts)
        {
            try
            {
                using var doc = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                foreach (var obj in Objects(doc.RootElement, 0))
                {
                    if (IsArticle(obj)) result.Take(obj);
                    else if (IsWebPage(obj) && result.pageAuthor is null && obj.TryGetProperty("author", out var pageAuthor)) result.pageAuthor = pageAuthor.Clone();
                    result.AnyDatePublished ??= Text(obj, "datePublished");
                    if (Text(obj, "@id") is { } id && PersonName(obj) is { } name) namesById.TryAdd(id, name);
                }
            }
            catch (JsonException) { /* pages often carry broken JSON-LD; it simply says nothing */ }
        }
        // A page with no article object (a WordPress page rather than a post) names its author on the WebPage.
        if (result.Authors.Count == 0 && result.authorIds.Count == 0 && result.pageAuthor is { } page)
        {
            result.Authors.AddRange(Names(page));
            result.authorIds.AddRange(Ids(page));
        }
        // A @graph names its author by reference: "author": {"@id": "…#/schema/person/65b1"}, the Person given elsewhere.
        if (result.Authors.Count == 0)
            result.Authors.AddRange(result.authorIds.Select(id => namesById.GetValueOrDefault(id)).OfType<string>());
        return result;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e, int depth)
    {
        if (depth > 4) yield break;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                foreach (var o in Objects(item, depth + 1)) yield return o;
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var graph))
                foreach (var o in Objects(graph, depth + 1)) yield return o;
            if (e.TryGetProperty("mainEntity", out var main))
                foreach (var o in Objects(main, depth + 1)) yield return o;
        }
    }

    private static bool IsArticle(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => ArticleTypes.Contains(t, StringComparer.Ordinal));
    }

    /// <summary>The first article object to state a field wins.</summary>
    private void Take(JsonElement obj)
    {
        if (Headline is null) (HeadlineProperty, Headline) = FirstText(obj, "headline", "name");
        if (DatePublished is null) (DatePublishedProperty, DatePublished) = FirstText(obj, "datePublished", "dateCreated");
        DateModified ??= Text(obj, "dateModified");
        Url ??= Text(obj, "url");
        Language ??= Text(obj, "inLanguage");
        if (Publisher is null && obj.TryGetProperty("publisher", out var publisher))
            Publisher = Names(publisher).FirstOrDefault();
        if (Authors.Count == 0 && obj.TryGetProperty("author", out var author))
        {
            Authors.AddRange(Names(author));
            if (authorIds.Count == 0) authorIds.AddRange(Ids(author));
        }
    }

    private readonly List<string> authorIds = [];
    private JsonElement? pageAuthor;

    private static bool IsWebPage(JsonElement obj) =>
        obj.TryGetProperty("@type", out var type) && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()])
            .Any(t => t is "WebPage" or "ItemPage");

    private static IEnumerable<string> Ids(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object when Text(e, "@id") is { } id && Text(e, "name") is null => [id],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Ids).ToList(),
        _ => [],
    };

    private static (string? Property, string? Value) FirstText(JsonElement obj, string first, string second) =>
        Text(obj, first) is { } value ? (first, value) : Text(obj, second) is { } other ? (second, other) : (null, null);

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    /// <summary>
    /// The object's name; a Person named by first name only whose description opens with the full name
    /// ("name": "Nora", "description": "Nora Beispiel ist freie Autorin …", as WordPress profiles give it) by that full name.
    /// </summary>
    private static string? PersonName(JsonElement obj)
    {
        if (Text(obj, "name") is not { } name) return null;
        if (name.Contains(' ', StringComparison.Ordinal) || !IsPerson(obj) || Text(obj, "description") is not { } description
            || !description.StartsWith(name + " ", StringComparison.Ordinal)) return name;
        var surnames = description[(name.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Take(MaxSurnameWords).TakeWhile(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'')).ToList();
        return surnames.Count > 0 ? name + " " + string.Join(' ', surnames) : name;
    }

    private const int MaxSurnameWords = 2;

    private static bool IsPerson(JsonElement obj) =>
        obj.TryGetProperty("@type", out var type) && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()])
            .Any(t => t == "Person");

    private static IEnumerable<string> Names(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String when e.GetString() is { Length: > 0 } s: yield return s.Trim(); break;
            case JsonValueKind.Object when PersonName(e) is { } n: yield return n; break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                    foreach (var n in Names(item)) yield return n;
                break;
        }
    }
}
