using System.Text;
using Triangulate.Diagnostics;
using Triangulate.Ingest;
using Triangulate.Ingest.Containers;
using Triangulate.Model;
using Triangulate.Tests.Ingest.Containers;

namespace Triangulate.Tests.Ingest.Feeds;

public sealed class FeedItemsTests
{
    private static List<ContainerEntry> Expand(string xml, string source = "feed.xml", string? contentType = null) =>
        ContainerReader.Expand(new RawInput(source, Encoding.UTF8.GetBytes(xml), contentType), 1_000_000).ToList();

    [Fact]
    public void An_rss_item_with_embedded_content_is_an_article_with_the_item_metadata()
    {
        var entries = Expand(Samples.Rss(Samples.RssItem("Talks end in Geneva", "https://news.example.com/2022/01/10/talks",
            content: Samples.Paragraphs, pubDate: "Mon, 10 Jan 2022 20:34:00 +0000", creator: "Jane Doe")));

        var input = Assert.Single(entries).Input!;
        Assert.Equal("feed.xml#1", input.Source);
        var article = ArticleReader.Read(input);
        Assert.StartsWith(Samples.Sentence, article.Body);
        Assert.Equal("Talks end in Geneva", article.Title);
        Assert.Equal("https://news.example.com/2022/01/10/talks", article.Url);
        Assert.Equal(new PublicationTime(new DateOnly(2022, 1, 10), new TimeOnly(20, 34), TimeSpan.Zero), article.Published);
        Assert.Equal(["Jane Doe"], article.Authors);
        // The item's date is more exact than the one in its link; its title, authors and link fill what the page leaves unsaid.
        Assert.Equal("feed item", article.Provenance[MetadataField.Published]);
        Assert.Equal("feed item", article.Provenance[MetadataField.Title]);
        Assert.Equal("feed item", article.Provenance[MetadataField.Authors]);
        Assert.Equal("feed item", article.Provenance[MetadataField.Url]);
    }

    [Fact]
    public void Item_metadata_fills_only_what_the_page_does_not_say()
    {
        var content = "<p>By John Smith</p>" + Samples.Paragraphs;
        var entries = Expand(Samples.Rss(Samples.RssItem("Feed title", "https://news.example.com/a", content: content, creator: "Jane Doe")));

        var article = ArticleReader.Read(Assert.Single(entries).Input!);
        Assert.Equal(["John Smith"], article.Authors);
        Assert.Equal("byline", article.Provenance[MetadataField.Authors]);
        Assert.Equal("Feed title", article.Title);
        Assert.Equal("feed item", article.Provenance[MetadataField.Title]);
    }

    [Fact]
    public void A_short_description_is_a_teaser_and_the_item_is_skipped_with_a_warning_naming_it()
    {
        var entries = Expand(Samples.Rss(
            Samples.RssItem("Teaser", "https://news.example.com/t", description: "Read on.")
            + Samples.RssItem("Full", "https://news.example.com/f", description: System.Security.SecurityElement.Escape(string.Concat(Enumerable.Repeat("<p>" + Samples.Sentence + "</p>", 8))))));

        Assert.Equal(2, entries.Count);
        Assert.Equal("https://news.example.com/t", entries[0].Link);
        Assert.Contains("item 1 \"Teaser\": no content", entries[0].Warning!.Message);
        Assert.Null(entries[1].Warning);
        Assert.StartsWith(Samples.Sentence, ArticleReader.Read(entries[1].Input!).Body);
    }

    [Fact]
    public void An_atom_entry_gives_its_content_link_published_date_and_every_author()
    {
        var article = ArticleReader.Read(Assert.Single(Expand(Samples.Atom(), "wire.atom")).Input!);

        Assert.StartsWith(Samples.Sentence, article.Body);
        Assert.Equal("Geneva talks", article.Title);
        Assert.Equal("https://wire.example.org/geneva", article.Url);
        Assert.Equal(new PublicationTime(new DateOnly(2022, 1, 10), new TimeOnly(20, 34), TimeSpan.FromHours(1)), article.Published);
        Assert.Equal(["Ann Reporter", "Bo Writer"], article.Authors);
    }

    [Fact]
    public void A_feed_served_as_text_xml_is_sniffed()
    {
        var entries = Expand(Samples.Rss(Samples.RssItem("T", "https://news.example.com/a", content: Samples.Paragraphs)), "https://news.example.com/feed", "text/xml; charset=utf-8");
        Assert.Equal("https://news.example.com/feed#1", Assert.Single(entries).Input!.Source);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><title>cut</title></chan")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>a &undefined; b</title></item></channel></rss>")]
    public void Invalid_xml_is_one_warning(string xml)
    {
        var entry = Assert.Single(Expand(xml));
        Assert.Null(entry.Input);
        Assert.StartsWith("not a valid feed: ", entry.Warning!.Message);
        Assert.DoesNotContain('\n', entry.Warning.Message);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file://{secret}\">]><rss version=\"2.0\"><channel><item><title>&x;</title><description>&x;</description></item></channel></rss>";
            var entry = Assert.Single(Expand(xml));
            Assert.Null(entry.Input);
            Assert.Contains("DTD", entry.Warning!.Message);
            Assert.DoesNotContain("TOP-SECRET", entry.Warning.Message);
        }
        finally { File.Delete(secret); }
    }

    [Fact]
    public void Deeply_nested_xml_is_refused()
    {
        var xml = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<a>", 50_000)) + string.Concat(Enumerable.Repeat("</a>", 50_000)) + "</channel></rss>";
        var entry = Assert.Single(Expand(xml));
        Assert.Contains("nested more than", entry.Warning!.Message);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_unsupported()
    {
        var entry = Assert.Single(Expand("<?xml version=\"1.0\"?><urlset><url><loc>https://a.example/</loc></url></urlset>", "sitemap.xml"));
        Assert.Equal(ErrorCode.Unsupported, entry.Warning!.Code);
    }
}
