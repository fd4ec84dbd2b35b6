using System.Text;
using AngleSharp.Html.Parser;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;
using Triangulate.Model;
using Triangulate.Tests.Ingest.Containers;

namespace Triangulate.Tests.Ingest.Html;

/// <summary>Where blogs, forums and CMS templates name the author, and what of it is the name.</summary>
public sealed class HtmlAuthorsTests
{
    private const string Text = "<p>Some text of the article that is long enough to count as a paragraph.</p>";

    private static IReadOnlyList<string> AuthorsOf(string head, string body, string? url = null) =>
        HtmlDocumentReader.Read(new RawInput("page.html", Encoding.UTF8.GetBytes($"<html><head>{head}</head><body><h1>Title of the page</h1>{body}{Text}</body></html>"), null, url))
            .Metadata.Authors;

    [Theory]
    [InlineData("<p><strong>Autor:</strong> <a href=\"/profil/7\">Hanna Beispiel</a><br><strong>Tags:</strong> Technik</p>", "Hanna Beispiel")]
    [InlineData("<ul><li><span>Author: </span><span>Tom Sample</span></li></ul>", "Tom Sample")]
    [InlineData("<div><b>Von:</b><br><br> Greta Muster</div>", "Greta Muster")]
    [InlineData("<div><h5>Autor: </h5>Karl Probe/DPA <br>mehr</div>", "Karl Probe")]
    public void A_name_after_an_author_label_is_the_author(string body, string name) =>
        Assert.Equal([name], AuthorsOf("", body));

    [Theory]
    [InlineData("<nav><a href=\"/authors\">Autor</a> <a href=\"/latest\">Alle Themen</a></nav>")]
    [InlineData("<p><span>Autor:</span> und Verlag haften nicht</p>")]
    [InlineData("<div><u>Titel:</u> Ein Buch</div><div><u>Autorin: </u>Ella Probe</div><div><u>Verlag: </u>Beispielverlag</div>")]
    public void A_menu_link_a_sentence_or_a_books_record_after_a_label_names_nobody(string html)
    {
        var document = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");

        Assert.All(document.Body!.QuerySelectorAll("*"), e => Assert.Null(AuthorLabelName(e)));
    }

    private static string? AuthorLabelName(AngleSharp.Dom.IElement e) =>
        AuthorLabel.ValueAfter(e) is { } value ? HtmlMetadataReader.Names([value]).FirstOrDefault() : null;

    [Fact]
    public void The_yoast_written_by_card_names_the_author() =>
        Assert.Equal(["Lena Beispiel"], AuthorsOf("<meta name=\"twitter:label1\" content=\"Verfasst von\"><meta name=\"twitter:data1\" content=\"Lena Beispiel\">", ""));

    [Theory]
    [InlineData("<meta property=\"og:article:author\" content=\"AFP/The Daily\">", "AFP/The Daily")]
    [InlineData("<meta name=\"DC.creator\" content=\"Ida Probe\">", "Ida Probe")]
    [InlineData("<meta name=\"DC.creator\" content=\"Probe, Ida\">", "Ida Probe")]
    public void Open_graph_and_dublin_core_creators_are_authors(string head, string name) =>
        Assert.Equal([name], AuthorsOf(head, ""));

    [Theory]
    [InlineData("<span class=\"author vcard\"><a rel=\"author\" href=\"/author/x\">walker1975</a></span>", "walker1975")]
    [InlineData("<div class=\"author\">Author: <a href=\"/u/5\"><b>Jo2go</b></a> am 03.04.2015, 09:12 Uhr</div>", "Jo2go")]
    [InlineData("<div class=\"group-author\">Von <a href=\"/r/x\">Anna.Beispiel</a> am Montag, 7. März 2016 um 08:30 Uhr</div>", "Anna.Beispiel")]
    [InlineData("<span class=\"post-author\">Eingestellt von Ben Probe</span>", "Ben Probe")]
    [InlineData("<span class=\"author\">Jan Beispiel, Kolumnist</span>", "Jan Beispiel")]
    public void A_login_name_is_kept_and_a_label_date_or_role_around_a_name_goes(string body, string name) =>
        Assert.Equal([name], AuthorsOf("", body));

    [Theory]
    [InlineData("<address class=\"author\"><a rel=\"author\" href=\"/impressum\">beispiel-auto.at Redaktion</a></address>", "beispiel-auto.at Redaktion")]
    [InlineData("<span class=\"author vcard\"><a rel=\"author\" href=\"/?author=3\">werk-it Webteam</a></span>", "werk-it Webteam")]
    public void A_site_in_lower_case_before_its_team_word_is_a_name(string body, string name) =>
        Assert.Equal([name], AuthorsOf("", body));

    [Fact]
    public void Spanish_y_joins_two_full_names_but_not_a_double_surname()
    {
        Assert.Equal(["Ana Ruiz", "Rosa Vega", "José Luis Mora"], AuthorsOf("", "<div class=\"byline\">Ana Ruiz, Rosa Vega y José Luis Mora</div>"));
        Assert.Equal(["José Ortega y Gasset"], AuthorsOf("", "<div class=\"byline\">José Ortega y Gasset</div>"));
    }

    [Fact]
    public void The_site_and_a_role_after_a_name_go() =>
        Assert.Equal(["Adam Probe"], AuthorsOf("<meta property=\"og:site_name\" content=\"CityVoice\">", "<div class=\"byline\">By Adam Probe CityVoice Staff</div>"));

    [Theory]
    [InlineData("<meta property=\"og:site_name\" content=\"Ruhig durch den Tag | Die WOCHE\"><meta name=\"author\" content=\"Die WOCHE\">", "<a rel=\"author\" href=\"/autor/ute\">Ute Beispiel</a>", "Ute Beispiel")]
    [InlineData("<meta property=\"og:site_name\" content=\"NB - Nordische Blätter\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"NB\"}}</script>", "<a rel=\"author\" href=\"/autor/ole\">Ole Probe</a>", "Ole Probe")]
    [InlineData("<meta name=\"author\" content=\"Landesamt für Umwelt und Natur - LUN\">", "<a rel=\"author\" href=\"/autor/jo\">Jo Hamm</a>", "Jo Hamm")]
    public void A_person_named_anywhere_beats_the_site_naming_itself(string head, string body, string name) =>
        Assert.Equal([name], AuthorsOf(head, body));

    [Fact]
    public void A_name_containing_the_domain_is_the_site() =>
        Assert.Equal(["Max Probe"], AuthorsOf("<meta name=\"author\" content=\"SV Blaue Wiesenfreunde\">", "<span class=\"author\">Max Probe</span>", "http://blaue-wiesenfreunde.de/news/1"));

    [Fact]
    public void A_person_given_by_first_name_is_completed_from_the_description_opening_with_the_full_name()
    {
        const string jsonLd = """
            <script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","author":{"@id":"#p1"}},
            {"@type":"Person","@id":"#p1","name":"Nora","description":"Nora Beispiel ist freie Autorin."}]}</script>
            """;
        Assert.Equal(["Nora Beispiel"], AuthorsOf(jsonLd, ""));
    }

    [Theory]
    [InlineData("<p class=\"muted\">23.08.2018 - Anna Probe</p>", new[] { "Anna Probe" })]
    [InlineData("<small>09.05.2017 | 17:45 Uhr | Uta Beispiel</small>", new[] { "Uta Beispiel" })]
    [InlineData("<small>14.06. - Film der Woche</small>", new string[0])]
    [InlineData("<small>Version 2.1.0 - Neuer Testlauf Build</small>", new string[0])]
    public void A_name_beside_a_date_under_the_headline_is_the_author(string line, string[] authors) =>
        Assert.Equal(authors, AuthorsOf("", line));

    [Fact]
    public void The_first_posts_data_author_names_a_forum_threads_author() =>
        Assert.Equal(["Quirin"], AuthorsOf("", "<article class=\"message\" data-author=\"Quirin\"><p>First post</p></article><article class=\"message\" data-author=\"Other\"><p>Reply</p></article>"));

    [Fact]
    public void A_byline_in_the_text_beats_markup_that_names_only_the_site()
    {
        var article = ArticleReader.Read(new RawInput("page.html", Encoding.UTF8.GetBytes(
            $"<html><head><meta property=\"og:site_name\" content=\"The Example Press\"></head><body><article><h1>Title</h1><span class=\"author\">By The Example Press</span>"
            + $"<p>Written by: Jane Sample</p>{Samples.Paragraphs}</article></body></html>"), "text/html"));

        Assert.Equal(["Jane Sample"], article.Authors);
        Assert.Equal(MetadataSource.Byline, article.Provenance[MetadataField.Authors]);
    }
}
