using System.Text;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest.Html;

/// <summary>Class words that name furniture must not remove the article when the article's own containers carry them.</summary>
public sealed class ContentPrunerTests
{
    private static string Body(string html) =>
        string.Join("\n", HtmlDocumentReader.Read(new RawInput("page.html", Encoding.UTF8.GetBytes(html))).Blocks.Select(b => b.Text.Trim()));

    private static string Paragraph(int i) =>
        $"<p>Paragraph {i} tells how the harbour was rebuilt after the storm, and what the fishermen said about it.</p>";

    [Theory]
    [InlineData("section", "report__section report__section--ads")]
    [InlineData("div", "slides__slide gallery-slide")]
    [InlineData("p", "tagStyle_x1y2z3")]
    public void A_run_of_sibling_sections_sharing_a_furniture_word_is_the_article(string tag, string classes)
    {
        var sections = string.Concat(Enumerable.Range(0, 4).Select(i => tag == "p"
            ? $"<p class=\"{classes}\">Paragraph {i} tells how the harbour was rebuilt after the storm, and what the fishermen said.</p>"
            : $"<{tag} class=\"{classes}\">{Paragraph(i)}</{tag}>"));
        var body = Body($"<html><body><h1>The harbour</h1><main>{sections}</main>"
            + "<div class=\"sidebar\"><p>Our newsletter brings you the best stories of the week, every Friday morning.</p></div></body></html>");

        for (var i = 0; i < 4; i++) Assert.Contains($"Paragraph {i} tells", body, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_small_element_with_a_furniture_word_is_still_dropped()
    {
        var article = string.Concat(Enumerable.Range(0, 6).Select(Paragraph));
        var body = Body($"<html><body><main>{article}<div class=\"promo__box\"><p>Subscribe now and read every story of the week without any limits.</p></div></main></body></html>");

        Assert.Contains("Paragraph 5 tells", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe now", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_containers_tag_classes_do_not_make_it_a_tag_list()
    {
        var article = string.Concat(Enumerable.Range(0, 3).Select(Paragraph));
        var notes = string.Concat(Enumerable.Range(0, 6).Select(i => $"<div class=\"note\"><p>Note {i} says something else about the town, long enough to count as prose.</p></div>"));
        var draft = HtmlDocumentReader.Read(new RawInput("page.html", Encoding.UTF8.GetBytes(
            $"<html><body><div class=\"post-1636 post hentry category-news tag-harbour tag-storm\"><h2>The harbour</h2>{article}</div>{notes}"
            + "<div class=\"tags\"><a href=\"/t/harbour\">harbour</a> <a href=\"/t/storm\">storm</a></div></body></html>")));
        var body = string.Join("\n", draft.Blocks.Select(b => b.Text));

        Assert.Contains("Paragraph 2 tells", body, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Removed, r => r.Text.Contains("Paragraph 2 tells", StringComparison.Ordinal));
        Assert.Contains(draft.Removed, r => r.Reason == "tags" && r.Text.Contains("storm", StringComparison.Ordinal));
    }

    [Fact]
    public void Parts_of_a_block_kept_as_the_article_are_not_dropped_for_the_same_word()
    {
        var items = string.Concat(Enumerable.Range(0, 4).Select(i => $"<div class=\"mag-gallery__item\"><div class=\"mag-gallery__item__body\">{Paragraph(i)}</div></div>"));
        var body = Body($"<html><body><div class=\"mag-gallery\"><h1>The harbour</h1>{items}"
            + "</div><div class=\"slideshow\"><p>More pictures of harbours and of the sea, from all over the coast.</p></div></body></html>");

        for (var i = 0; i < 4; i++) Assert.Contains($"Paragraph {i} tells", body, StringComparison.Ordinal);
        Assert.DoesNotContain("More pictures", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_short_lines_keeps_them_all()
    {
        var body = Body("<html><body><nav><a href=\"/\">Home</a></nav><div class=\"entry\"><h3>Place</h3><p>North: Norway.</p><p>South: Chile.</p>"
            + "<h3>Film</h3><p>Slide film, 100 ISO.</p><h3>Cameras</h3><ul><li>A folding camera.</li><li>A panorama camera.</li></ul></div>"
            + "<div id=\"site-info\">A photo blog since the last century, made by hand in a small village.</div></body></html>");

        foreach (var line in new[] { "North: Norway.", "Slide film, 100 ISO.", "A panorama camera." })
            Assert.Contains(line, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_standfirst_between_headline_and_text_joins_the_article_but_a_caption_there_does_not()
    {
        var article = string.Concat(Enumerable.Range(0, 25).Select(Paragraph));
        var body = Body("<html><body><article><header><h1>The harbour is open again</h1>"
            + "<p class=\"intro\">After two years of building work the harbour opened again on Monday, and the first boats came in before dawn; the town celebrated with a market on the quay that went on until late in the night, with music and fish from the first catch.</p>"
            + "<div class=\"image-credit\"><p>Harbour at dawn, photographed from the lighthouse on the hill by a local photographer.</p></div></header>"
            + $"<div class=\"story\">{article}</div></article></body></html>");

        Assert.Contains("After two years of building work", body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 24 tells", body, StringComparison.Ordinal);
        Assert.DoesNotContain("photographed from the lighthouse", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_of_the_story_article_outside_the_text_box_joins_it_but_short_lines_there_do_not()
    {
        var article = string.Concat(Enumerable.Range(0, 25).Select(Paragraph));
        var body = Body("<html><body><article><h1>The harbour is open again</h1>"
            + $"<div class=\"main\"><div class=\"story\">{article}</div></div>"
            + "<div class=\"extra\"><div class=\"box\"><p>The new breakwater, the engineers explained, is built to withstand waves twice as high as those of the storm, and the harbour master expects the first cruise ships to call at the quay next spring.</p>"
            + "<p>Read more about the town</p></div></div></article></body></html>");

        Assert.Contains("Paragraph 24 tells", body, StringComparison.Ordinal);
        Assert.Contains("The new breakwater", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Read more about the town", body, StringComparison.Ordinal);
    }
}
