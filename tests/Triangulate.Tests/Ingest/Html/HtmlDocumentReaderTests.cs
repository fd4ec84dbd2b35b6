using System.Diagnostics;
using System.Text;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest.Html;

public sealed class HtmlDocumentReaderTests
{
    private const string NewsPage = """
        <!doctype html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Talks end without breakthrough | The Daily Example</title>
          <style>.x { color: red }</style>
          <script>var tracking = "SECRET_SCRIPT";</script>
        </head>
        <body>
          <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
          <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
          <main>
            <article>
              <h1>Talks end without breakthrough</h1>
              <div class="byline">By Jane Doe</div>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
              <p>Diplomats from both sides met in Geneva on Monday for talks that lasted nearly eight hours, officials said.</p>
              <figure><img src="a.jpg"><figcaption>Delegates arrive at the venue. <span class="credit">Photo: Agency</span></figcaption></figure>
              <p>The deputy minister said the discussions had been difficult but professional, and that further meetings were planned.</p>
              <h2>What comes next</h2>
              <ul><li>A second round of talks in Brussels later this week.</li><li>A meeting of the security council in Vienna.</li></ul>
              <blockquote><p>We have no intention of invading anyone, the minister told reporters afterwards.</p></blockquote>
              <table><tr><th>Country</th><th>Troops</th></tr><tr><td>North</td><td>100,000</td></tr></table>
              <script>document.write("SECRET_INLINE")</script>
              <p>Analysts said the outcome reflected deep disagreements over security guarantees in the region, which remain unresolved.</p>
            </article>
            <section class="related-stories"><h3>Related</h3><ul><li><a href="/1">Another story about something else entirely</a></li><li><a href="/2">Yet another unrelated headline here</a></li></ul></section>
            <section id="comments"><h3>Comments</h3><p>This is a reader comment that goes on for quite some length about the talks and more.</p></section>
          </main>
          <footer><p>Copyright The Daily Example. All rights reserved. Terms of use and privacy policy apply.</p></footer>
        </body>
        </html>
        """;

    private static DocumentDraft Read(string html, string? contentType = null, string? url = null) =>
        HtmlDocumentReader.Read(new RawInput("page.html", Encoding.UTF8.GetBytes(html), contentType, url));

    private static string Body(DocumentDraft draft) => string.Join("\n", draft.Blocks.Select(b => b.Text.Trim()));

    [Fact]
    public void Keeps_the_article_in_order_with_headings_lists_quotes_and_tables()
    {
        var draft = Read(NewsPage);

        Assert.Equal(
        [
            (BlockKind.Paragraph, "Diplomats from both sides met in Geneva on Monday for talks that lasted nearly eight hours, officials said."),
            (BlockKind.Paragraph, "The deputy minister said the discussions had been difficult but professional, and that further meetings were planned."),
            (BlockKind.Heading, "What comes next"),
            (BlockKind.ListItem, "A second round of talks in Brussels later this week."),
            (BlockKind.ListItem, "A meeting of the security council in Vienna."),
            (BlockKind.BlockQuote, "We have no intention of invading anyone, the minister told reporters afterwards."),
            (BlockKind.TableRow, "Country | Troops"),
            (BlockKind.TableRow, "North | 100,000"),
            (BlockKind.Paragraph, "Analysts said the outcome reflected deep disagreements over security guarantees in the region, which remain unresolved."),
        ], draft.Blocks.Select(b => (b.Kind, b.Text.Trim())));
    }

    [Fact]
    public void Drops_page_furniture_and_lists_it_with_reasons()
    {
        var draft = Read(NewsPage);
        var body = Body(draft);

        foreach (var furniture in new[] { "cookies", "Home", "Share on", "Another story", "reader comment", "Copyright", "By Jane Doe" })
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        Assert.Contains(draft.Removed, r => r.Reason == "comments" && r.Text.Contains("reader comment", StringComparison.Ordinal));
        Assert.Contains(draft.Removed, r => r.Reason == "banner" && r.Text.Contains("cookies", StringComparison.Ordinal));
        Assert.Contains(draft.Removed, r => r.Reason == "navigation" && r.Text.Contains("World", StringComparison.Ordinal));
        Assert.Contains(draft.Removed, r => r.Reason == "byline" && r.Text == "By Jane Doe");
    }

    [Fact]
    public void Script_and_style_never_reach_the_body_or_removed_list()
    {
        var draft = Read(NewsPage);
        var everything = Body(draft) + string.Concat(draft.Removed.Select(r => r.Text));

        Assert.DoesNotContain("SECRET", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("color: red", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_go_to_metadata_with_their_credit_not_to_the_body()
    {
        var draft = Read(NewsPage);

        Assert.Equal([new Caption("Delegates arrive at the venue.", "Photo: Agency")], draft.Metadata.Captions);
        Assert.DoesNotContain("Delegates arrive", Body(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Title_loses_the_site_suffix_and_is_not_repeated_in_the_body()
    {
        var draft = Read(NewsPage);

        Assert.Equal("Talks end without breakthrough", draft.Metadata.Title);
        Assert.DoesNotContain(draft.Blocks, b => b.Text.Contains("without breakthrough", StringComparison.Ordinal));
        Assert.Equal("en", draft.Metadata.Language);
    }

    [Fact]
    public void Reads_open_graph_and_article_meta_tags()
    {
        var draft = Read("""
            <html><head>
            <meta property="og:title" content="Russia and US talk security - Example News">
            <meta property="og:site_name" content="Example News">
            <meta name="author" content="By Anna Smith and Li Wei">
            <meta property="article:published_time" content="2022-01-10T20:34:00+05:30">
            <meta property="article:modified_time" content="2022-01-11T08:00:00Z">
            <link rel="canonical" href="https://news.example/world/talks">
            <meta http-equiv="content-language" content="en-US">
            </head><body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);
        var m = draft.Metadata;

        Assert.Equal("Russia and US talk security", m.Title);
        Assert.Equal("Example News", m.Outlet);
        Assert.Equal(["Anna Smith", "Li Wei"], m.Authors);
        Assert.Equal("2022-01-10T20:34+05:30", m.Published?.ToIso());
        Assert.Equal("2022-01-11T08:00Z", m.Updated?.ToIso());
        Assert.Equal("https://news.example/world/talks", m.Url);
        Assert.Equal("en", m.Language);
    }

    [Fact]
    public void Reads_json_ld_when_meta_tags_are_absent()
    {
        var draft = Read("""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":"NewsArticle","headline":"Ministers meet","datePublished":"2022-01-12",
              "dateModified":"2022-01-12T09:15:00-05:00","author":[{"@type":"Person","name":"Ada Jones"},{"name":"Bo Li"}],
              "publisher":{"@type":"Organization","name":"The Wire"}}]}
            </script></head><body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);
        var m = draft.Metadata;

        Assert.Equal("Ministers meet", m.Title);
        Assert.Equal("The Wire", m.Outlet);
        Assert.Equal(["Ada Jones", "Bo Li"], m.Authors);
        Assert.Equal(new PublicationTime(new DateOnly(2022, 1, 12)), m.Published);
        Assert.Equal("2022-01-12T09:15-05:00", m.Updated?.ToIso());
    }

    [Fact]
    public void The_headline_the_page_shows_wins_over_a_rewritten_social_title_but_not_a_logo_heading()
    {
        var shown = Read("""
            <html><head><meta property="og:title" content="New York ramps up mass burials amid virus outbreak"></head>
            <body><h1>Coronavirus: New York ramps up mass burials amid outbreak</h1><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);
        var logo = Read("""
            <html><head><meta property="og:title" content="Storm closes schools across the region"></head>
            <body><h1>The Weekly Gazette Online</h1><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);

        Assert.Equal("Coronavirus: New York ramps up mass burials amid outbreak", shown.Metadata.Title);
        Assert.Equal("Storm closes schools across the region", logo.Metadata.Title);
    }

    [Fact]
    public void Falls_back_to_title_time_element_and_url_date()
    {
        var draft = Read("""
            <html><head><title>Storm closes schools across the region - Gazette</title></head>
            <body><article><p>Some text of the article that is long enough to count as a paragraph.</p></article></body></html>
            """, url: "https://gazette.example/2021/12/03/storm-closes-schools");

        Assert.Equal("Storm closes schools across the region", draft.Metadata.Title);
        Assert.Equal(new PublicationTime(new DateOnly(2021, 12, 3)), draft.Metadata.Published);
        Assert.Equal("https://gazette.example/2021/12/03/storm-closes-schools", draft.Metadata.Url);
        Assert.Null(draft.Metadata.Outlet);
        Assert.Empty(draft.Metadata.Authors);

        var timed = Read("<html><body><time datetime=\"2020-05-06T07:08\">6 May</time><p>Some text of the article that is long enough to count.</p></body></html>");
        Assert.Equal("2020-05-06T07:08", timed.Metadata.Published?.ToIso());
    }

    [Theory]
    [InlineData("<span class=\"itemPostDate\">am 25.08.2015 22:30</span>", 2015, 8, 25)]
    [InlineData("<div class=\"event_date\">5. November 2021, 10:39 Uhr</div>", 2021, 11, 5)]
    [InlineData("<p id=\"post-date\">Posted on March 3, 2019</p>", 2019, 3, 3)]
    public void A_date_printed_in_an_element_labelled_as_a_date_dates_the_page(string element, int year, int month, int day)
    {
        var draft = Read($"<html><body><h1>Title of the page</h1>{element}<p>Some text of the article that is long enough to count as a paragraph.</p></body></html>");

        Assert.Equal(new DateOnly(year, month, day), draft.Metadata.Published?.Date);
    }

    [Theory]
    [InlineData("<h1>Title of the page</h1><div class=\"articleinfos\">18.02.2022, 10:27 | Recht &amp; Gesetz</div>", 2022, 2, 18)]
    [InlineData("<h1>Title of the page</h1><ul class=\"info\"><li><span>Datum:</span>26. Januar 2022</li></ul>", 2022, 1, 26)]
    [InlineData("<h1>Title of the page</h1><span itemprop=\"datePublished\">28. Dezember 2022</span>", 2022, 12, 28)]
    [InlineData("<h1>Title of the page</h1><span property=\"schema:dateCreated\" content=\"2022-01-28T12:45:46+00:00\"></span>", 2022, 1, 28)]
    [InlineData("<h1>Title of the page<br><small>&nbsp;\n                                                            02.02.2022\n                                                            •&nbsp;\n                                                            <span>Handball</span></small></h1>", 2022, 2, 2)]
    public void A_date_printed_under_the_heading_or_marked_in_the_markup_dates_the_page(string markup, int year, int month, int day)
    {
        var draft = Read($"<html><body>{markup}<p>Some text of the article that is long enough to count as a paragraph.</p></body></html>");

        Assert.Equal(new DateOnly(year, month, day), draft.Metadata.Published?.Date);
    }

    [Fact]
    public void A_dateline_opening_the_lead_under_the_heading_dates_a_page_that_states_no_other_date()
    {
        var draft = Read("""
            <html><body><h1>Schulze: Deutschland steht an der Seite des Welternährungsprogramms</h1>
            <div class="teaser"><p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit mit dem Welternährungsprogramm wird ausgebaut.</p></div>
            <p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);

        Assert.Equal(new DateOnly(2022, 1, 25), draft.Metadata.Published?.Date);
        Assert.Equal(MetadataSource.DatelineNearHeadline, draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void A_date_far_below_the_heading_does_not_date_the_page()
    {
        var filler = string.Concat(Enumerable.Range(0, 30).Select(i => $"<p>Paragraph {i} of the article.</p>"));
        var draft = Read($"<html><body><h1>Title of the page</h1>{filler}<p>12.03.2020</p></body></html>");

        Assert.Null(draft.Metadata.Published);
    }

    [Theory]
    [InlineData("post type-post hentry category-sports tag-barbados tag-football")]
    [InlineData("has-paywall post type-post steady-paywall-container")]
    public void An_article_holding_the_headline_is_kept_whatever_words_its_class_adds(string classes)
    {
        var draft = Read($"<html><body><article class=\"{classes}\"><h1>Tridents prepare for the Nations League</h1>"
            + "<p>The coach said the team has just over a month to prepare for four group games in ten days.</p>"
            + "<div class=\"share\">Share this</div></article></body></html>");

        Assert.Contains("just over a month to prepare", Body(draft));
        Assert.DoesNotContain("Share this", Body(draft));
    }

    [Theory]
    [InlineData("<h1><span class=\"kicker\">Tunesien</span> Große Aufgaben für die neue Regierung</h1>", "Große Aufgaben für die neue Regierung", "h1")]
    [InlineData("<h1><span>Open Progress</span>Why collaborative thinking beats individual smarts</h1>", "Why collaborative thinking beats individual smarts", "meta og:title")]
    public void A_kicker_printed_inside_the_heading_is_not_part_of_the_title(string heading, string title, string source)
    {
        var draft = Read($"<html><head><meta property=\"og:site_name\" content=\"Example Site\"><meta property=\"og:title\" content=\"{title} | Example Site\"></head><body>{heading}<p>Some text of the article that is long enough to count as a paragraph.</p></body></html>");

        Assert.Equal(title, draft.Metadata.Title);
        // A kicker the markup marks leaves the h1 the headline; one it does not mark is found by the tags.
        Assert.Equal(source, draft.Metadata.Provenance[MetadataField.Title]);
    }

    [Theory]
    [InlineData("<div class=\"topline\"><span>06.12.2022</span></div><h1>Title of the page</h1>", 2022, 12, 6)]
    [InlineData("<figcaption><small>31.01.2022 2. HBL</small><h1>Title of the page</h1></figcaption>", 2022, 1, 31)]
    public void A_date_printed_just_above_the_heading_dates_the_page(string markup, int year, int month, int day)
    {
        var draft = Read($"<html><body>{markup}<p>Some text of the article that is long enough to count as a paragraph.</p></body></html>");

        Assert.Equal(new DateOnly(year, month, day), draft.Metadata.Published?.Date);
        Assert.Equal(MetadataSource.PrintedDateAboveHeadline, draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void A_labelled_date_line_away_from_the_heading_dates_the_page()
    {
        var filler = string.Concat(Enumerable.Range(0, 30).Select(i => $"<p>Paragraph {i} of the article.</p>"));
        var draft = Read($"<html><body><h1>Title of the page</h1>{filler}<div><h5>Datum: </h5>03.11.2021</div></body></html>");

        Assert.Equal(new PublicationTime(new DateOnly(2021, 11, 3)), draft.Metadata.Published);
        Assert.Equal(MetadataSource.PublishedLine, draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Theory]
    [InlineData("https://x.example/media-news/meldungen/29-10-2021", 2021, 10, 29)]
    [InlineData("https://x.example/artikel/bericht_zur_lage_vom_22.04.2020_was_nun", 2020, 4, 22)]
    public void A_day_first_date_in_the_address_dates_the_page(string url, int year, int month, int day)
    {
        var draft = Read("<html><body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>", url: url);

        Assert.Equal(new PublicationTime(new DateOnly(year, month, day)), draft.Metadata.Published);
    }

    [Fact]
    public void A_utc_stamp_near_midnight_takes_the_local_day_the_page_prints()
    {
        var draft = Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-18T22:04:00Z"}</script></head>
            <body><h1>Title of the page</h1><span class="datum">19. Oktober 2019 00:04 Uhr</span>
            <p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);

        Assert.Equal("2019-10-19T00:04+02:00", draft.Metadata.Published?.ToIso());
        Assert.Equal("json-ld datePublished, day from date-labelled element", draft.Metadata.Provenance[MetadataField.Published]);

        var american = Read("""
            <html><head><meta property="article:published_time" content="2020-02-25T02:25:54+00:00"></head>
            <body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """, url: "https://x.example/2020/02/24/some-story/");
        Assert.Equal(new PublicationTime(new DateOnly(2020, 2, 24)), american.Metadata.Published);
    }

    [Fact]
    public void A_utc_stamp_at_midday_keeps_its_day_whatever_the_page_prints()
    {
        var draft = Read("""
            <html><head><meta property="article:published_time" content="2020-02-25T12:25:54Z"></head>
            <body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """, url: "https://x.example/2020/02/24/some-story/");

        Assert.Equal("2020-02-25T12:25:54Z", draft.Metadata.Published?.ToIso());
    }

    [Fact]
    public void A_json_ld_author_given_by_reference_is_the_person_it_refers_to()
    {
        var draft = Read("""
            <html><head><script type="application/ld+json">
            {"@graph":[{"@type":"Article","headline":"Green deal","author":{"@id":"https://x.example/#/person/1"}},
                       {"@type":"Person","@id":"https://x.example/#/person/1","name":"Giovanni Gaggero"}]}
            </script></head><body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);

        Assert.Equal(["Giovanni Gaggero"], draft.Metadata.Authors);
    }

    [Fact]
    public void A_page_without_an_article_object_is_by_the_author_its_web_page_object_names()
    {
        var draft = Read("""
            <html><head><script type="application/ld+json">
            {"@graph":[{"@type":"WebPage","name":"Green deal","author":{"@id":"https://x.example/#/person/1"}},
                       {"@type":"Person","@id":"https://x.example/#/person/1","name":"Harald Bauer"}]}
            </script></head><body><h1>Green deal</h1><p>Peter Amende</p><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);

        Assert.Equal(["Harald Bauer"], draft.Metadata.Authors);
        Assert.Equal(MetadataSource.JsonLd("author"), draft.Metadata.Provenance[MetadataField.Authors]);
    }

    [Fact]
    public void An_article_object_names_the_author_before_the_web_page_object_does()
    {
        var draft = Read("""
            <html><head><script type="application/ld+json">
            {"@graph":[{"@type":"WebPage","author":{"name":"Web Team"}},{"@type":"Article","headline":"Green deal","author":{"name":"Ada Jones"}}]}
            </script></head><body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);

        Assert.Equal(["Ada Jones"], draft.Metadata.Authors);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"Nils\">", "<div class=\"author-box\">von Nils Pickert</div>", new[] { "Nils Pickert" })]
    [InlineData("<meta name=\"author\" content=\"Rudolf Fischer\">", "<span class=\"vcard author\">von Rudolf Fischer, Simon Kohler</span>", new[] { "Rudolf Fischer", "Simon Kohler" })]
    [InlineData("<meta name=\"author\" content=\"Grant Tinsley, PhD\">", "", new[] { "Grant Tinsley" })]
    [InlineData("", "<div class=\"post-author\">\n                                        <span>von</span>\n                                        <a href=\"/team/leena\">Leena Simon</a>\n                                        </div>", new[] { "Leena Simon" })]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"edilson.la.rosa\"}}</script><meta name=\"author\" content=\"Edilson La Rosa\">", "", new[] { "Edilson La Rosa" })]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"christian.stadtfeld\"}}</script><meta name=\"author\" content=\"Peter Amende\">", "", new[] { "christian.stadtfeld" })]
    [InlineData("<meta property=\"og:site_name\" content=\"Helmholtz Klima\"><meta name=\"author\" content=\"Helmholtz Klima\">", "<p>von Christian Mihatsch</p>", new[] { "Christian Mihatsch" })]
    [InlineData("<meta property=\"og:site_name\" content=\"Presse Augsburg\"><meta name=\"author\" content=\"Presse Augsburg\">", "", new[] { "Presse Augsburg" })]
    public void Authors_are_the_fullest_naming_of_a_person_the_page_gives(string head, string byline, string[] authors)
    {
        var draft = Read($"<html><head>{head}</head><body><h1>Title of the page</h1>{byline}<p>Some text of the article that is long enough to count as a paragraph.</p></body></html>");

        Assert.Equal(authors, draft.Metadata.Authors);
    }

    [Fact]
    public void Author_links_of_related_posts_below_the_byline_are_not_authors()
    {
        var draft = Read("""
            <html><body><h1>Title of the page</h1><a rel="author" href="/a">Jake Goulding</a>
            <p>Some text of the article that is long enough to count as a paragraph.</p>
            <aside><a rel="author" href="/b">Ben Popper</a><a rel="author" href="/c">Emma Bostian</a></aside></body></html>
            """);

        Assert.Equal(["Jake Goulding"], draft.Metadata.Authors);
    }

    [Fact]
    public void A_date_label_on_an_update_stamp_is_not_the_publication_date()
    {
        var draft = Read("<html><body><span class=\"last-update\">12.03.2020</span><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>");

        Assert.Null(draft.Metadata.Published);
    }

    [Theory]
    [InlineData("<span class=\"author vcard\">Veröffentlicht von Chris Jung</span>", "Chris Jung")]
    [InlineData("<div class=\"post-autor\">par Bob Fischer</div>", "Bob Fischer")]
    [InlineData("<span class=\"author\"><b>Author</b>Andreas Kalt</span>", "Andreas Kalt")]
    [InlineData("<span class=\"author\">~ Cem Basman</span>", "Cem Basman")]
    [InlineData("<p class=\"byline\">Dominique — veröffentlicht 28.01.2022 06:00</p>", "Dominique")]
    public void An_author_element_gives_the_name_without_its_label(string element, string name)
    {
        var draft = Read($"<html><body>{element}<p>Some text of the article that is long enough to count as a paragraph.</p></body></html>");

        Assert.Equal([name], draft.Metadata.Authors);
    }

    [Fact]
    public void Comment_authors_and_form_labels_are_not_the_article_author()
    {
        var draft = Read("""
            <html><body><p>Some text of the article that is long enough to count as a paragraph.</p>
            <div class="comment-author">wuff</div><label class="author">Name *</label></body></html>
            """);

        Assert.Empty(draft.Metadata.Authors);
    }

    [Theory]
    [InlineData("<title>seelenradio » Nummer zwei: Leo</title>", "http://www.seelenradio.de/nummer-zwei-leo/", "Nummer zwei: Leo")]
    [InlineData("<meta property=\"og:title\" content=\"INDUSTRIEMAGAZIN | Luftfahrt hebt nach Corona ab\">", "https://industriemagazin.at/news/x", "Luftfahrt hebt nach Corona ab")]
    [InlineData("<meta property=\"og:title\" content=\"seelenradio\"><title>Nummer zwei: Leo | seelenradio</title>", "http://www.seelenradio.de/nummer-zwei-leo/", "Nummer zwei: Leo")]
    public void A_site_name_before_the_headline_or_instead_of_it_is_not_the_title(string head, string url, string title)
    {
        var draft = Read($"<html><head>{head}</head><body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>", url: url);

        Assert.Equal(title, draft.Metadata.Title);
    }

    [Fact]
    public void Json_ld_of_a_non_article_type_still_dates_the_page()
    {
        var draft = Read("""
            <html><head><script type="application/ld+json">{"@type":"WebPage","datePublished":"2022-01-28T06:00:00+01:00"}</script></head>
            <body><p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);

        Assert.Equal("2022-01-28T06:00+01:00", draft.Metadata.Published?.ToIso());
    }

    [Fact]
    public void A_teaser_timestamp_outside_the_article_is_not_the_publication_date()
    {
        var draft = Read("""
            <html><head><meta property="og:site_name" content="Gazette"><meta name="author" content="Gazette"></head><body>
            <aside><time datetime="2019-01-01">old teaser</time></aside>
            <div><time datetime="2019-02-02">another teaser</time></div>
            <p>Some text of the article that is long enough to count as a paragraph.</p></body></html>
            """);

        Assert.Null(draft.Metadata.Published);
        // No person is named anywhere: the site's naming of itself as author is all there is.
        Assert.Equal(["Gazette"], draft.Metadata.Authors);
        Assert.Equal("Gazette", draft.Metadata.Outlet);
    }

    [Fact]
    public void Says_nothing_when_the_page_says_nothing()
    {
        var m = Read("<p>Just one paragraph of text that has no metadata around it at all.</p>").Metadata;

        Assert.Null(m.Title);
        Assert.Null(m.Outlet);
        Assert.Null(m.Published);
        Assert.Null(m.Updated);
        Assert.Null(m.Url);
        Assert.Null(m.Language);
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void Links_inside_sentences_stay_whatever_their_class()
    {
        var draft = Read("<article><p>Radiation is a key hazard of deep <a class=\"textTag\" rel=\"tag\">space travel</a>, but <span class=\"share\">crews</span> can be shielded.</p></article>");

        Assert.Equal("Radiation is a key hazard of deep space travel, but crews can be shielded.", Assert.Single(draft.Blocks).Text);
    }

    [Fact]
    public void Decodes_entities()
    {
        var draft = Read("<p>Tom &amp; Jerry said &quot;caf&eacute;&quot; &#8212; it&#x2019;s&nbsp;fine &lt;b&gt;.</p>");

        Assert.Equal("Tom & Jerry said \"café\" \u2014 it\u2019s\u00A0fine <b>.", Assert.Single(draft.Blocks).Text);
    }

    [Fact]
    public void Malformed_markup_is_read_as_browsers_read_it()
    {
        var draft = Read("<html><body><div><p>First paragraph of the story <b>bold <i>both</b> italic</i> end of it"
            + "<p>Second paragraph, never closed, of the same story</div></span></td><div><p>Third & last < 5 of the story's paragraphs <unknown attr=>");

        Assert.Equal(
            ["First paragraph of the story bold both italic end of it", "Second paragraph, never closed, of the same story", "Third & last < 5 of the story's paragraphs"],
            draft.Blocks.Select(b => b.Text.Trim()));
    }

    [Fact]
    public void Hostile_nesting_finishes_quickly()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><b><i>", 50_000)) + "deep text" + "</body></html>";
        var watch = Stopwatch.StartNew();

        var draft = Read(html);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.Contains("deep text", Body(draft), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><tr><td>")]
    [InlineData("<ul><li>")]
    [InlineData("<b><p>x</b>y</p>")]
    [InlineData("<p><b>x")]
    [InlineData("<select><option>")]
    public void Hostile_repetition_takes_linear_time(string unit)
    {
        var html = string.Concat(Enumerable.Repeat(unit, 30_000));
        var watch = Stopwatch.StartNew();

        Read(html);

        // A guard against quadratic blow-ups (which take minutes here), not a speed target: the bench
        // measures speed. The bound leaves room for a loaded 2-core machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Garbage_and_empty_input_do_not_crash()
    {
        Assert.Empty(Read("").Blocks);
        var random = new Random(7);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        HtmlDocumentReader.Read(new RawInput("noise.html", bytes));
    }

    [Theory]
    [InlineData("windows-1252", null)]
    [InlineData(null, "text/html; charset=windows-1252")]
    [InlineData(null, null)]
    public void Decodes_windows_1252_from_meta_header_or_fallback(string? metaCharset, string? contentType)
    {
        var meta = metaCharset is null ? "" : $"<meta charset=\"{metaCharset}\">";
        var html = $"<html><head>{meta}</head><body><p>Caf\u00e9 \u201cquoted\u201d text</p></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);

        var draft = HtmlDocumentReader.Read(new RawInput("page.html", bytes, contentType));

        Assert.Equal("Caf\u00e9 \u201cquoted\u201d text", Assert.Single(draft.Blocks).Text);
    }

    [Fact]
    public void Decodes_utf16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>Gen\u00e8ve talks</p>")).ToArray();

        Assert.Equal("Gen\u00e8ve talks", Assert.Single(HtmlDocumentReader.Read(new RawInput("p.html", bytes)).Blocks).Text);
    }
}
