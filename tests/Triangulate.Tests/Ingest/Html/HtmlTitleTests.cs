using System.Text;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest.Html;

public sealed class HtmlTitleTests
{
    private const string Body = "<p>Some text of the article that is long enough to count as a paragraph of its own.</p>";

    private static string? Title(string head, string body, string? url = null) =>
        HtmlDocumentReader.Read(new RawInput("page.html", Encoding.UTF8.GetBytes($"<html><head>{head}</head><body>{body}{Body}</body></html>"), null, url))
            .Metadata.Title;

    [Fact]
    public void A_navigation_heading_or_a_section_heading_loses_to_the_h1_the_title_repeats()
    {
        var title = Title("<title>River floods the old town - City Paper</title>",
            "<nav><h1>Quicklinks</h1><a href=\"/a\">A</a></nav><div><h1>Press releases</h1><h1>River floods the old town</h1></div>");

        Assert.Equal("River floods the old town", title);
    }

    [Fact]
    public void An_h1_linking_to_the_front_page_is_the_logo_and_its_name_leaves_the_title()
    {
        var title = Title("<title>Moon dance figures - Salsa club of the city</title>",
            "<div id=\"header\"><h1><a href=\"/\">Salsa club of the city</a></h1></div>");

        Assert.Equal("Moon dance figures", title);
    }

    [Fact]
    public void The_small_print_inside_an_h1_is_no_part_of_the_headline()
    {
        var dated = Title("<meta property=\"og:title\" content=\"Flood barriers hold in the valley\">",
            "<h1>Flood barriers hold in the valley<br><small>12.01.2022 • News, Region</small></h1>");
        var subtitled = Title("<meta property=\"og:title\" content=\"Fish cakes, hot and fresh\">",
            "<h1><span>Fish cakes, hot and fresh</span><small>Welcome to the capital of flavour</small></h1>");

        Assert.Equal("Flood barriers hold in the valley", dated);
        Assert.Equal("Fish cakes, hot and fresh", subtitled);
    }

    [Fact]
    public void A_leading_element_ending_in_a_colon_is_the_kicker_of_the_h1()
    {
        var title = Title("<title>Council approves the new budget</title><meta property=\"og:title\" content=\"Press releases\">",
            "<h1><span>Press release of the finance office<span class=\"sr-only\">:</span></span>Council approves the new budget</h1>");

        Assert.Equal("Council approves the new budget", title);
    }

    [Fact]
    public void A_date_before_the_headline_goes_but_a_day_without_a_year_stays()
    {
        Assert.Equal("Council approves the new budget",
            Title("<meta property=\"og:title\" content=\"23.01.2022 - Council approves the new budget\">", ""));
        Assert.Equal("30.11. | Book of the week",
            Title("<meta property=\"og:title\" content=\"30.11. | Book of the week\">", ""));
    }

    [Fact]
    public void A_title_walking_down_from_the_site_through_sections_ends_at_the_headline()
    {
        var crumbs = Title("<title>Example.org » Blog Archive » Council approves the new budget</title>", "", "https://example.org/council-budget/");
        var section = Title("<meta property=\"og:title\" content=\"Riverside gaming club - News » The events of last month\">",
            "<div id=\"content\"><h1><span>News</span></h1></div>");

        Assert.Equal("Council approves the new budget", crumbs);
        Assert.Equal("The events of last month", section);
    }

    [Fact]
    public void A_kicker_the_tags_disagree_on_is_no_part_of_the_headline()
    {
        var title = Title("""
            <meta property="og:title" content="Borders: Two neighbours and the return of old resentments">
            <meta name="twitter:title" content="Two neighbours and the return of old resentments">
            """, "");

        Assert.Equal("Two neighbours and the return of old resentments", title);
    }

    [Fact]
    public void A_kicker_the_page_marks_up_goes_from_the_front_of_the_headline()
    {
        var title = Title("<meta property=\"og:title\" content=\"Covid-19: Can the spread still be controlled?\">",
            "<h2><span class=\"content__kicker\">Covid-19</span><span class=\"content__title\">Can the spread still be controlled?</span></h2>");

        Assert.Equal("Can the spread still be controlled?", title);
    }

    [Fact]
    public void A_site_name_glued_to_the_headline_in_the_tags_goes()
    {
        var title = Title("<meta property=\"og:title\" content=\"Truckwash North7The Business Directory | The Business Directory\">",
            "<article><h1>Truckwash North7</h1></article>");

        Assert.Equal("Truckwash North7", title);
    }

    [Fact]
    public void The_hatom_entry_title_wins_over_a_rewritten_social_title()
    {
        var title = Title("<meta property=\"og:title\" content=\"The best electronic cat toys 2022 - Comparison\">",
            "<article class=\"hentry\"><h1 class=\"entry-title\">Buying guide: electronic toys keep cats busy all day</h1></article>");

        Assert.Equal("Buying guide: electronic toys keep cats busy all day", title);
    }

    [Fact]
    public void Soft_hyphens_leave_the_headline()
    {
        var title = Title("", "<h1>Mes\u00ADsen\u00ADger ser\u00ADvices are no law\u00ADless space</h1>");

        Assert.Equal("Messenger services are no lawless space", title);
    }

    [Fact]
    public void A_short_title_that_mentions_the_site_is_still_a_title_but_the_bare_site_name_is_not()
    {
        Assert.Equal("Our Acme Yoghurts", Title("<meta property=\"og:title\" content=\"Our Acme Yoghurts\">", "", "https://www.acme.example/yoghurts/"));
        Assert.Equal("Storm closes schools across the region",
            Title("<meta property=\"og:title\" content=\"Acme Blog\"><title>Storm closes schools across the region</title>", "", "https://www.acme.example/storm/"));
    }
}
