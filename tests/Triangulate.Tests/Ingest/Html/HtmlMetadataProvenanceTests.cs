using System.Text;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Tests.Ingest.Containers;

namespace Triangulate.Tests.Ingest.Html;

/// <summary>Each metadata value read from a page records which tag, element or address it came from.</summary>
public sealed class HtmlMetadataProvenanceTests
{
    private static Article Read(string head, string article, string? url = null) =>
        ArticleReader.Read(new RawInput("page.html", Encoding.UTF8.GetBytes(
            $"<!doctype html><html><head><meta charset=\"utf-8\">{head}</head><body><article>{article}{Samples.Paragraphs}</article></body></html>"),
            "text/html; charset=utf-8", url));

    private static string? SourceOf(Article article, string field) => article.Provenance.GetValueOrDefault(field);

    [Fact]
    public void A_title_from_og_title_says_so()
    {
        var article = Read("<meta property=\"og:title\" content=\"Talks end in Geneva\"><title>Home | Example</title>", "");
        Assert.Equal("Talks end in Geneva", article.Title);
        Assert.Equal("meta og:title", SourceOf(article, MetadataField.Title));
    }

    [Fact]
    public void A_title_from_the_pages_own_heading_says_h1()
    {
        var article = Read("<meta property=\"og:title\" content=\"Talks end in Geneva without a deal, officials say\">", "<h1>Talks end in Geneva</h1>");
        Assert.Equal("Talks end in Geneva", article.Title);
        Assert.Equal("h1", SourceOf(article, MetadataField.Title));
    }

    [Theory]
    [InlineData("<h1><span class=\"dachzeile\">Interne Unterlagen im Netz</span> <span class=\"headline\">Daten von Rheinmetall gehackt</span></h1>")]
    [InlineData("<h1><span class=\"article-heading__kicker\">Klimaschutz</span><span class=\"visually-hidden\">: </span><span>Daten von Rheinmetall gehackt</span></h1>")]
    [InlineData("<h1><div class=\"topic-label\"> Datenleck </div> Daten von Rheinmetall gehackt </h1>")]
    [InlineData("<h1><span class=\"field field--label-hidden\">Daten von Rheinmetall gehackt</span></h1>")]
    public void A_kicker_marked_inside_the_heading_is_no_part_of_the_title(string heading)
    {
        var article = Read("<meta property=\"og:title\" content=\"Datenleck: Daten von Rheinmetall gehackt\">", heading);
        Assert.Equal("Daten von Rheinmetall gehackt", article.Title);
        Assert.Equal("h1", SourceOf(article, MetadataField.Title));
    }

    [Theory]
    [InlineData("<h1>Talks end in Geneva<span class=\"element-invisible\"> | Example News</span></h1>")]
    [InlineData("<h1 class=\"visuallyhidden\">Talks end in Geneva | Umweltamt</h1>")]
    public void A_heading_that_adds_a_site_name_after_the_tagged_headline_leaves_the_tag_the_title(string heading)
    {
        var article = Read("<meta property=\"og:title\" content=\"Talks end in Geneva\">", heading);
        Assert.Equal("Talks end in Geneva", article.Title);
        Assert.Equal("meta og:title", SourceOf(article, MetadataField.Title));
    }

    [Fact]
    public void A_title_from_the_title_element_says_so()
    {
        var article = Read("<title>Talks end in Geneva without a deal</title>", "");
        Assert.Equal("Talks end in Geneva without a deal", article.Title);
        Assert.Equal("title element", SourceOf(article, MetadataField.Title));
    }

    [Fact]
    public void A_headline_in_json_ld_names_the_property()
    {
        var article = Read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"name\":\"Talks end in Geneva\"}</script>", "");
        Assert.Equal("json-ld name", SourceOf(article, MetadataField.Title));
    }

    [Fact]
    public void A_date_and_authors_from_json_ld_say_so()
    {
        var article = Read(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks end\",\"datePublished\":\"2022-01-10T20:34:00Z\","
            + "\"dateModified\":\"2022-01-11T08:00:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>",
            "<time datetime=\"2022-01-09\">9 January</time><div class=\"byline\">By John Smith</div>",
            "https://news.example.com/2022/01/08/talks");
        Assert.Equal("2022-01-10T20:34Z", article.Published!.ToIso());
        Assert.Equal("json-ld datePublished", SourceOf(article, MetadataField.Published));
        Assert.Equal("json-ld dateModified", SourceOf(article, MetadataField.Updated));
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal("json-ld author", SourceOf(article, MetadataField.Authors));
        Assert.Equal("json-ld headline", SourceOf(article, MetadataField.Title));
    }

    [Fact]
    public void A_date_created_in_json_ld_is_labelled_date_created()
    {
        var article = Read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateCreated\":\"2022-01-10\"}</script>", "");
        Assert.Equal("json-ld dateCreated", SourceOf(article, MetadataField.Published));
    }

    [Fact]
    public void A_meta_date_names_its_key()
    {
        var article = Read("<meta property=\"article:published_time\" content=\"2022-01-10T20:34:00+00:00\"><meta property=\"og:site_name\" content=\"Example News\">", "");
        Assert.Equal("meta article:published_time", SourceOf(article, MetadataField.Published));
        Assert.Equal("meta og:site_name", SourceOf(article, MetadataField.Outlet));
    }

    [Fact]
    public void A_date_from_a_time_element_says_so()
    {
        var article = Read("", "<time datetime=\"2022-01-10T20:34\">10 January</time>", "https://news.example.com/2022/01/08/talks");
        Assert.Equal("2022-01-10T20:34", article.Published!.ToIso());
        Assert.Equal("time element", SourceOf(article, MetadataField.Published));
    }

    [Fact]
    public void A_date_from_the_address_says_url_path_and_the_address_says_where_it_came_from()
    {
        var article = Read("", "", "https://news.example.com/2022/01/10/talks");
        Assert.Equal("2022-01-10", article.Published!.ToIso());
        Assert.Equal("url path", SourceOf(article, MetadataField.Published));
        Assert.Equal("input address", SourceOf(article, MetadataField.Url));
    }

    [Fact]
    public void A_canonical_link_is_the_source_of_the_url()
    {
        var article = Read("<link rel=\"canonical\" href=\"https://news.example.com/talks\">", "", "https://news.example.com/talks?ref=feed");
        Assert.Equal("https://news.example.com/talks", article.Url);
        Assert.Equal("link rel=canonical", SourceOf(article, MetadataField.Url));
    }

    [Fact]
    public void A_printed_date_in_a_date_labelled_element_says_so()
    {
        var article = Read("", "<h1>Talks end in Geneva</h1><span class=\"entry-date\">10 January 2022</span>");
        Assert.Equal("2022-01-10", article.Published!.ToIso());
        Assert.Equal("date-labelled element", SourceOf(article, MetadataField.Published));
    }

    [Fact]
    public void Authors_from_a_byline_element_say_so()
    {
        var article = Read("", "<div class=\"byline\">By John Smith</div>");
        Assert.Equal(["John Smith"], article.Authors);
        Assert.Equal("byline element", SourceOf(article, MetadataField.Authors));
    }

    [Fact]
    public void Authors_from_a_byline_in_the_text_say_byline()
    {
        var article = Read("", "<p>By John Smith</p>");
        Assert.Equal(["John Smith"], article.Authors);
        Assert.Equal("byline", SourceOf(article, MetadataField.Authors));
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"FOCUS-Online-Experte Robin Tschöpe\">", "", "Robin Tschöpe", "meta author")]
    [InlineData("", "<p>Autor: Rechtsanwalt Sebastian Einbock</p>", "Sebastian Einbock", "byline")]
    [InlineData("", "<div class=\"byline\">Redakteurin Anna Muster</div>", "Anna Muster", "byline element")]
    public void A_role_before_a_name_is_no_part_of_it_and_the_source_stays(string head, string article, string author, string source)
    {
        var read = Read(head, article);
        Assert.Equal([author], read.Authors);
        Assert.Equal(source, SourceOf(read, MetadataField.Authors));
    }

    [Fact]
    public void The_author_of_a_comment_is_not_the_author_of_the_article()
    {
        const string comments = "<div id=\"comment_entries\"><div class=\"entry\"><span class=\"autor\">Karl Leser</span> / 22.04.2020</div></div>";
        Assert.Empty(Read("", comments).Authors);
        var article = Read("", "<span class=\"post-author\">Jane Doe</span>" + comments);
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal("author-class element", SourceOf(article, MetadataField.Authors));
    }

    [Fact]
    public void The_language_says_whether_it_was_read_or_detected()
    {
        var stated = ArticleReader.Read(new RawInput("p.html", Encoding.UTF8.GetBytes($"<html lang=\"en-GB\"><body><article>{Samples.Paragraphs}</article></body></html>"), "text/html"));
        Assert.Equal("html lang", SourceOf(stated, MetadataField.Language));
        var detected = Read("", "");
        Assert.Equal("en", detected.Language);
        Assert.Equal("detected from text", SourceOf(detected, MetadataField.Language));
    }

    [Fact]
    public void Only_fields_with_a_value_are_listed_in_ordinal_order()
    {
        var article = Read("", "");
        Assert.Equal(["language"], article.Provenance.Keys);
        var full = Read("<meta property=\"og:site_name\" content=\"Example News\"><title>Talks end in Geneva today</title>", "<p>By John Smith</p>", "https://news.example.com/2022/01/10/talks");
        Assert.Equal(["authors", "language", "outlet", "published", "title", "url"], full.Provenance.Keys);
    }
}
