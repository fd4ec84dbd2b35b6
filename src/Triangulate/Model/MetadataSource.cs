namespace Triangulate.Model;

/// <summary>
/// The labels <see cref="Article.Provenance"/> uses to say where a metadata value came from. They are
/// short and stable (part of the JSON contract): a reader should know from the label alone where to look.
/// </summary>
public static class MetadataSource
{
    // Markup of an HTML page.

    /// <summary>"meta og:title", "meta article:published_time": a &lt;meta&gt; tag (or an RDFa property attribute) with that key, lower-cased.</summary>
    public static string Meta(string key) => "meta " + key;

    /// <summary>"json-ld headline", "json-ld datePublished": that property of the page's schema.org article object in JSON-LD.</summary>
    public static string JsonLd(string property) => "json-ld " + property;

    /// <summary>datePublished of a JSON-LD object that is not an article (a WebPage, a Recipe).</summary>
    public const string JsonLdPageDatePublished = "json-ld page datePublished";

    /// <summary>
    /// "meta article:published_time, day from url path": a UTC stamp near midnight dated by the local day
    /// the second source gives (a printed date, the address, a stamp with its own zone).
    /// </summary>
    public static string LocalDay(string? stamp, string? witness) => $"{stamp}, day from {witness}";

    /// <summary>"microdata datePublished": an element's itemprop with a content or datetime attribute.</summary>
    public static string Microdata(string property) => "microdata " + property;

    /// <summary>The page's &lt;h1&gt; (the one inside &lt;article&gt; when there is one).</summary>
    public const string Heading = "h1";

    /// <summary>The page's &lt;title&gt; element.</summary>
    public const string TitleElement = "title element";

    /// <summary>&lt;link rel="canonical"&gt;.</summary>
    public const string CanonicalLink = "link rel=canonical";

    /// <summary>The lang attribute of &lt;html&gt;.</summary>
    public const string HtmlLang = "html lang";

    /// <summary>A &lt;time datetime&gt; inside &lt;article&gt;, marked pubdate, or the page's only one.</summary>
    public const string TimeElement = "time element";

    /// <summary>An element marked rel=author or itemprop=author.</summary>
    public const string AuthorLink = "author link";

    /// <summary>An element whose class names a byline.</summary>
    public const string BylineElement = "byline element";

    /// <summary>An element whose class or id names an author ("author vcard").</summary>
    public const string AuthorElement = "author-class element";

    /// <summary>The text after an element that is only an author label ("&lt;strong&gt;Autor:&lt;/strong&gt; Max Muster").</summary>
    public const string AuthorLabel = "author label";

    /// <summary>A data-author attribute: forum software marks each post with its poster, the thread's first post by its starter.</summary>
    public const string DataAuthor = "data-author attribute";

    /// <summary>The text of an element whose class or id names a date, or of a microdata datePublished without a machine-readable value.</summary>
    public const string DateLabelledElement = "date-labelled element";

    /// <summary>A date printed in the few elements after the page's first heading.</summary>
    public const string PrintedDateNearHeadline = "printed date near headline";

    /// <summary>A date printed in the few elements just before the page's first heading (a kicker or topline).</summary>
    public const string PrintedDateAboveHeadline = "printed date above headline";

    /// <summary>A date that opens a longer text just after the first heading, a dateline ("01.02.2022 „Der Arbeitsmarkt …", "Pressemitteilung vom 25. Januar 2022 | Berlin – …").</summary>
    public const string DatelineNearHeadline = "dateline near headline";

    /// <summary>A date written into the article's address (/2022/01/10/).</summary>
    public const string UrlPath = "url path";

    // Cues in the article text (plain text, or what is left of a page's text).

    /// <summary>The first line of the text, which looks like a headline.</summary>
    public const string HeadlineLine = "headline line";

    /// <summary>A "By …" line (for the authors) or its "for AFP" (for the original outlet), or a date beside it.</summary>
    public const string Byline = "byline";

    /// <summary>A line that is only a date, e.g. under the byline.</summary>
    public const string Dateline = "dateline";

    /// <summary>A "Published:"/"Posted:" line (in a page, any short element that is one: "Datum: 03.11.2021").</summary>
    public const string PublishedLine = "published line";

    /// <summary>An "Updated:" line (for the publication date too when the text gives no other).</summary>
    public const string UpdatedLine = "updated line";

    /// <summary>A copyright line ("© 2022 Bloomberg").</summary>
    public const string CopyrightLine = "© line";

    /// <summary>A wire sign-off ("— AFP", "Source: Reuters"), also under a caption.</summary>
    public const string SignOff = "sign-off";

    /// <summary>"This story was originally published by …".</summary>
    public const string RepublicationNotice = "republication notice";

    /// <summary>A paragraph opening "GENEVA (Reuters) -".</summary>
    public const string WireDateline = "wire dateline";

    /// <summary>A line at the top that is only a known outlet's name.</summary>
    public const string Masthead = "masthead";

    /// <summary>The site naming itself in text that was removed as furniture (newsletter box, about-us blurb).</summary>
    public const string SelfReference = "self-reference";

    /// <summary>An "Original url:" line.</summary>
    public const string OriginalUrlLine = "original url line";

    /// <summary>The domain of the article's address is a known outlet's.</summary>
    public const string UrlDomain = "url domain";

    /// <summary>The language was identified from the body: the only label for a value that is inferred, not read.</summary>
    public const string DetectedLanguage = "detected from text";

    // What came with the input rather than in it.

    /// <summary>A feed item's own title, date, authors or link.</summary>
    public const string FeedItem = "feed item";

    /// <summary>A field of the JSON Lines record the article came in.</summary>
    public const string JsonLinesField = "json lines field";

    /// <summary>The address the page was fetched from (after redirects).</summary>
    public const string FetchedAddress = "fetched address";

    /// <summary>The target URI of the WARC record the page came in.</summary>
    public const string WarcRecord = "warc record";

    /// <summary>The address an input came with when its origin is not recorded.</summary>
    public const string InputAddress = "input address";

    /// <summary>Given on the command line (annotate --published).</summary>
    public const string UserSupplied = "user-supplied";
}
