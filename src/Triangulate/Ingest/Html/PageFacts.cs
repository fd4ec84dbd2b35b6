using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// The raw statements about the article scattered over a page (meta tags, JSON-LD, canonical link,
/// headings, &lt;time&gt;, author links and bylines, microdata), gathered in one walk of the tree.
/// </summary>
internal sealed class PageFacts
{
    /// <summary>meta name/property/itemprop/http-equiv → content, first occurrence, keys lower-cased.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);
    public List<string> JsonLd { get; } = [];
    public string? Canonical { get; private set; }
    public string? ArticleHeading { get; private set; }
    /// <summary>The page's first few h1 elements in document order: the headline is one of them when the page marks it.</summary>
    public List<PageHeading> Headings { get; } = [];
    private const int MaxHeadings = 12;
    /// <summary>Short texts of the first few elements whose class names a kicker ("content__kicker", "dachzeile").</summary>
    public List<string> Kickers { get; } = [];
    private const int MaxKickers = 6;
    /// <summary>
    /// A &lt;time datetime&gt; that dates the article: marked pubdate, inside the &lt;article&gt; that holds the headline
    /// (or any &lt;article&gt; when none does), or the page's only one. A first &lt;time&gt; elsewhere may date a sidebar
    /// teaser, one in another &lt;article&gt; a related post, one in the comments a reader's reply.
    /// </summary>
    public string? TimeDatetime => headlineTime ?? (ArticleHeading is null ? articleTime : null) ?? (timeCount == 1 && !firstTimeInArticle ? firstTime : null);
    public string? ItemDatePublished { get; private set; }
    public string? ItemDateModified { get; private set; }
    public List<string> AuthorLinks { get; } = [];
    private string? headlineTime;
    private string? articleTime;
    private string? firstTime;
    private bool firstTimeInArticle;
    private int timeCount;
    public List<string> Bylines { get; } = [];

    /// <summary>
    /// Short texts of elements whose class or id names a date ("entry-date", "itemPostDate", "datum",
    /// "published"), in document order: where sites without machine-readable dates print theirs.
    /// </summary>
    public List<string> DateTexts { get; } = [];

    /// <summary>
    /// The first heading's text and the short texts of the few elements after it: where a page without a
    /// machine-readable or labelled date prints it ("18.02.2022, 10:27 | Recht &amp; Gesetz").
    /// </summary>
    public List<string> TextsNearHeading { get; } = [];
    /// <summary>
    /// The openings of the first few longer texts after the first heading (a lead paragraph, a teaser):
    /// where press releases print a dateline before their first sentence.
    /// </summary>
    public List<string> OpeningsNearHeading { get; } = [];
    private const int MaxOpenings = 3;
    private const int OpeningLength = 45;
    private int elementsAfterHeading = -1;
    /// <summary>Whether an h1 has been passed: the window around the headline opens at the first.</summary>
    private bool seenHeading;
    private const int HeadingWindow = 20;

    /// <summary>
    /// The short texts of the few elements just before the first heading, nearest first: where a page
    /// prints its date as a kicker or topline above the headline ("06.12.2022", "31.01.2022 2. HBL").
    /// </summary>
    public List<string> TextsBeforeHeading { get; } = [];
    private readonly Queue<string> recentTexts = new();
    private bool windowAtMasthead;

    private static readonly HashSet<string> LogoWords = new(StringComparer.OrdinalIgnoreCase) { "logo", "brand", "branding", "masthead", "sr", "aural", "invisible", "offscreen", "reader" };

    /// <summary>
    /// An h1 that is the site's logo rather than a headline: no text, marked as a logo in itself or inside, or hidden
    /// for screen readers ("sr-only", "screen-reader-text", "is-aural").
    /// </summary>
    private static bool Masthead(IElement h1)
    {
        if (string.IsNullOrWhiteSpace(h1.TextContent)) return true;
        if (ClassTokens.ContainsAny(h1.ClassName, LogoWords) || ClassTokens.ContainsAny(h1.Id, LogoWords)) return true;
        foreach (var inner in h1.QuerySelectorAll("[class],[id]"))
            if (ClassTokens.ContainsAny(inner.ClassName, LogoWords) || ClassTokens.ContainsAny(inner.Id, LogoWords)) return true;
        return false;
    }
    private const int BeforeHeadingWindow = 4;

    /// <summary>
    /// Published dates of short elements that are a labelled date line wherever they stand
    /// ("Datum: 03.11.2021", "Veröffentlicht am 5. November 2021"), in document order.
    /// </summary>
    public List<Model.PublicationTime> LabelledDates { get; } = [];
    private const int MaxLabelledDates = 3;

    /// <summary>Short texts of elements whose class names an author ("author vcard", "post-autor"): the byline of many blogs.</summary>
    public List<string> AuthorTexts { get; } = [];

    /// <summary>The names printed after the first few author labels ("Autor: Max Muster"), in document order.</summary>
    public List<string> LabelledAuthors { get; } = [];

    /// <summary>The first data-author attribute: forum software marks each post with its poster.</summary>
    public string? DataAuthor { get; private set; }

    private static bool NamesAuthor(string? classes) =>
        classes is not null && (classes.Contains("author", StringComparison.OrdinalIgnoreCase) || classes.Contains("autor", StringComparison.OrdinalIgnoreCase))
        && !classes.Contains("avatar", StringComparison.OrdinalIgnoreCase) && !classes.Contains("bio", StringComparison.OrdinalIgnoreCase)
        && !classes.Contains("comment", StringComparison.OrdinalIgnoreCase) && !classes.Contains("reply", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> CommentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "comment", "comments", "reply", "replies", "respond", "discussion",
    };

    /// <summary>
    /// Inside a list of comments (id="comment_entries", class="comments-area"): the author of a comment, not of the article.
    /// ("Kommentar" is no such word: German sites call an opinion piece that.)
    /// </summary>
    private static bool InComments(IElement e)
    {
        for (var parent = e.ParentElement; parent is not null; parent = parent.ParentElement)
            if (ClassTokens.ContainsAny(parent.ClassName, CommentWords) || ClassTokens.ContainsAny(parent.Id, CommentWords)) return true;
        return false;
    }

    /// <summary>A comment, or inside the comments ("comment-date", "MtnCommentTime"): a reader's reply is dated, not the article.</summary>
    private static bool CommentPart(IElement e) => SelfOrAncestorNamed(e, CommentWords);

    private static readonly HashSet<string> TeaserWords = new(StringComparer.OrdinalIgnoreCase) { "teaser", "teasers", "related" };

    /// <summary>A teaser for another article, or inside one ("default-teaser__date", "related-posts"): its date is that article's.</summary>
    private static bool TeaserPart(IElement e) => SelfOrAncestorNamed(e, TeaserWords);

    private static bool SelfOrAncestorNamed(IElement e, HashSet<string> words)
    {
        for (var element = e; element is not null; element = element.ParentElement)
            if (ClassTokens.ContainsAny(element.ClassName, words) || ClassTokens.ContainsAny(element.Id, words)) return true;
        return false;
    }

    private const int MaxDateTexts = 8;
    private const int MaxDateTextLength = 90;

    public static PageFacts Gather(IElement root)
    {
        var facts = new PageFacts();
        foreach (var e in HtmlTree.Descendants(root)) facts.Take(e);
        return facts;
    }

    private void Take(IElement e)
    {
        var shortText = ShortText(e);
        if (elementsAfterHeading is >= 0 and < HeadingWindow)
        {
            elementsAfterHeading++;
            if (shortText is { } near)
            {
                if (!CommentPart(e))
                {
                    TextsNearHeading.Add(near);
                    TextsNearHeading.AddRange(BrokenLines.Of(e));
                }
            }
            else if (OpeningsNearHeading.Count < MaxOpenings && e.TextContent is { Length: > MaxDateTextLength } longer
                     && HtmlTree.Collapse(longer.Length > MaxRawTextLength ? longer[..MaxRawTextLength] : longer) is { Length: > MaxDateTextLength } opening)
                OpeningsNearHeading.Add(opening[..OpeningLength]);
        }
        else if ((elementsAfterHeading < 0 || windowAtMasthead) && e.LocalName != "h1" && shortText is { } before && !before.Contains('{'))
        {
            recentTexts.Enqueue(before);
            if (recentTexts.Count > BeforeHeadingWindow) recentTexts.Dequeue();
        }
        switch (e.LocalName)
        {
            case "meta":
                var content = e.GetAttribute("content");
                var key = e.GetAttribute("property") ?? e.GetAttribute("name") ?? e.GetAttribute("itemprop") ?? e.GetAttribute("http-equiv");
                if (key is not null && !string.IsNullOrWhiteSpace(content)) Meta.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
                return;
            case "script":
                if (e.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true) JsonLd.Add(e.TextContent);
                return;
            case "link":
                if (Canonical is null && HasWord(e.GetAttribute("rel"), "canonical")) Canonical = e.GetAttribute("href");
                return;
            case "h2" when !seenHeading && elementsAfterHeading < 0:
                // A page without an h1 (yet) may title its article with an h2: read around it until an h1 comes.
                windowAtMasthead = true;
                elementsAfterHeading = 0;
                TextsBeforeHeading.AddRange(recentTexts.Reverse());
                break;
            case "h1":
                var masthead = (!seenHeading || windowAtMasthead) && Masthead(e);
                if (!seenHeading || (windowAtMasthead && !masthead))
                {
                    // The dates printed around a headline are read from the first h1 that is not the site's logo.
                    windowAtMasthead = !seenHeading && masthead;
                    elementsAfterHeading = 0;
                    TextsNearHeading.Clear();
                    OpeningsNearHeading.Clear();
                    TextsBeforeHeading.Clear();
                    TextsBeforeHeading.AddRange(recentTexts.Reverse());
                }
                var headline = HeadingKicker.Without(e);
                seenHeading = true;
                if (ArticleHeading is null && e.Closest("article") is not null) ArticleHeading = headline;
                if (Headings.Count < MaxHeadings) Headings.Add(PageHeading.Of(e, headline));
                break;
            case "time" when e.GetAttribute("datetime") is { Length: > 0 } datetime && !CommentPart(e):
                timeCount++;
                var article = e.Closest("article");
                if (firstTime is null) (firstTime, firstTimeInArticle) = (datetime, article is not null);
                if (e.HasAttribute("pubdate") || article?.QuerySelector("h1") is not null) headlineTime ??= datetime;
                else if (article is not null) articleTime ??= datetime;
                break;
            case "a" when HasWord(e.GetAttribute("rel"), "author"):
                AuthorLinks.Add(e.TextContent);
                break;
        }
        // RDFa on any element: <span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00">.
        if (e.LocalName != "meta" && e.GetAttribute("property") is { } property && e.GetAttribute("content") is { Length: > 0 } value)
            Meta.TryAdd(property.Trim().ToLowerInvariant(), value.Trim());
        switch (e.GetAttribute("itemprop"))
        {
            case "datePublished":
                ItemDatePublished ??= e.GetAttribute("content") ?? e.GetAttribute("datetime");
                // Microdata may mark the printed date itself: <span itemprop="datePublished">28. Dezember 2022</span>.
                if (e.GetAttribute("content") is null && e.GetAttribute("datetime") is null && shortText is { } printed)
                    DateTexts.Insert(0, printed);
                break;
            case "dateModified": ItemDateModified ??= e.GetAttribute("content") ?? e.GetAttribute("datetime"); break;
            case "author": AuthorLinks.Add(e.TextContent); break;
        }
        if (Kickers.Count < MaxKickers && shortText is { } kicker && HeadingKicker.IsKicker(e.GetAttribute("class"))) Kickers.Add(kicker);
        if (Bylines.Count < 3 && e.GetAttribute("class")?.Contains("byline", StringComparison.OrdinalIgnoreCase) == true)
            Bylines.Add(e.TextContent);
        if (AuthorTexts.Count < 3 && shortText is { Length: <= 80 } author && (NamesAuthor(e.GetAttribute("class")) || NamesAuthor(e.Id)) && !InComments(e))
            AuthorTexts.Add(author);
        if (LabelledAuthors.Count < 3 && AuthorLabel.ValueAfter(e) is { } labelled && !InComments(e)) LabelledAuthors.Add(labelled);
        if (DataAuthor is null && e.GetAttribute("data-author") is { Length: > 0 } poster) DataAuthor = poster;
        // The ancestor walk for comments runs only once a line reads as a date (most lines do not).
        if (LabelledDates.Count < MaxLabelledDates && shortText is { } line && Metadata.DateCueParser.ContainsYear(line))
            foreach (var candidate in (IEnumerable<string>)[HtmlTree.Collapse(line), .. BrokenLines.Of(e)])
                if (Metadata.DateCueParser.TryParse(candidate, out var cue) && cue.Kind == Metadata.DateCueKind.Published)
                {
                    if (!CommentPart(e)) LabelledDates.Add(cue.Time);
                    break;
                }
        if (DateTexts.Count < MaxDateTexts && shortText is { } text && (NamesDate(e.GetAttribute("class")) || NamesDate(e.Id)) && !CommentPart(e) && !TeaserPart(e))
            DateTexts.Add(text);
    }

    /// <summary>Longest raw text worth collapsing: templates indent a short date line with runs of spaces and newlines.</summary>
    private const int MaxRawTextLength = 400;

    /// <summary>
    /// The element's text with whitespace collapsed when that is short enough to be a date line or a byline,
    /// else null: "&amp;nbsp; 02.02.2022 •" counts by its letters, not by the indentation around them.
    /// </summary>
    private static string? ShortText(IElement e)
    {
        // Every element is asked, the page's containers too: measure before building their text.
        var length = 0;
        if (TextLongerThan(e, MaxRawTextLength, ref length) || length == 0) return null;
        var raw = e.TextContent;
        return raw.Length <= MaxDateTextLength ? raw : HtmlTree.Collapse(raw) is { Length: > 0 and <= MaxDateTextLength } collapsed ? collapsed : null;
    }

    /// <summary>Whether the text under <paramref name="node"/> runs past <paramref name="limit"/> characters; stops as soon as it does.</summary>
    private static bool TextLongerThan(INode node, int limit, ref int length)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) { if ((length += text.Data.Length) > limit) return true; }
            else if (child is IElement && TextLongerThan(child, limit, ref length)) return true;
        }
        return false;
    }

    private static readonly string[] DateWords = ["date", "datum", "published", "posted", "pubdate", "time", "fecha", "data"];

    /// <summary>A class or id naming a date, but not an update stamp ("last-update").</summary>
    private static bool NamesDate(string? classes) =>
        !string.IsNullOrEmpty(classes) && !classes.Contains("update", StringComparison.OrdinalIgnoreCase)
        && DateWords.Any(word => classes.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static bool HasWord(string? list, string word) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(word, StringComparer.OrdinalIgnoreCase);
}
