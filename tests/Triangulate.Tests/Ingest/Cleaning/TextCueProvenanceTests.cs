using System.Text;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Tests.Render;

namespace Triangulate.Tests.Ingest.Cleaning;

/// <summary>Metadata read from cues in plain text records the kind of line it came from; checked on the sample articles.</summary>
public sealed class TextCueProvenanceTests
{
    private static Article Sample(string prefix)
    {
        var path = RenderFixtures.SampleFiles().Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
        return ArticleReader.Read(new RawInput(path, File.ReadAllBytes(path)));
    }

    private static Article Text(string text) => ArticleReader.Read(new RawInput("a.txt", Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_date_from_an_updated_line_says_so_for_both_dates()
    {
        var article = Sample("000_");
        Assert.Equal("2022-01-10T20:34", article.Published!.ToIso());
        Assert.Equal("updated line", article.Provenance[MetadataField.Published]);
        Assert.Equal("updated line", article.Provenance[MetadataField.Updated]);
        Assert.Equal("headline line", article.Provenance[MetadataField.Title]);
        Assert.Equal("detected from text", article.Provenance[MetadataField.Language]);
    }

    [Fact]
    public void An_original_outlet_from_a_copyright_line_says_so()
    {
        var article = Sample("001_");
        Assert.Equal("Bloomberg", article.OriginalOutlet);
        Assert.Equal("© line", article.Provenance[MetadataField.OriginalOutlet]);
        Assert.Equal("Moneyweb", article.Outlet);
        Assert.Equal("self-reference", article.Provenance[MetadataField.Outlet]);
    }

    [Fact]
    public void A_published_line_and_a_byline_say_so()
    {
        var article = Sample("003_");
        Assert.Equal("published line", article.Provenance[MetadataField.Published]);
        Assert.Equal("byline", article.Provenance[MetadataField.Authors]);
    }

    [Fact]
    public void A_dateline_an_original_url_line_and_a_byline_for_an_agency_say_so()
    {
        var article = Sample("004_");
        Assert.Equal("dateline", article.Provenance[MetadataField.Published]);
        Assert.Equal("original url line", article.Provenance[MetadataField.Url]);
        Assert.Equal("url domain", article.Provenance[MetadataField.Outlet]);
        Assert.Equal("AFP", article.OriginalOutlet);
        Assert.Equal("byline", article.Provenance[MetadataField.OriginalOutlet]);
    }

    [Fact]
    public void A_masthead_and_a_sign_off_say_so()
    {
        var article = Text("The Moscow Times\n\nTalks end in Geneva without a deal\n\n"
            + "Diplomats from both countries met in Geneva on Monday for talks that lasted more than seven hours, officials said.\n\n"
            + "Neither side announced a breakthrough, and both said the talks had been frank and useful.\n\n— AFP");
        Assert.Equal("The Moscow Times", article.Outlet);
        Assert.Equal("masthead", article.Provenance[MetadataField.Outlet]);
        Assert.Equal("AFP", article.OriginalOutlet);
        Assert.Equal("sign-off", article.Provenance[MetadataField.OriginalOutlet]);
    }
}
