using Triangulate.Compare;
using Triangulate.Compare.Sources;
using Triangulate.Model;
using Triangulate.Text;
using static Triangulate.Tests.Compare.QuoteFixtures;

namespace Triangulate.Tests.Compare.Sources;

/// <summary>Wire credits, shared outlets and copied text make one source; support counts sources, not articles.</summary>
public class SourceGrouperTests
{
    private const string Wire =
        "Top diplomats from the two countries met for eight hours on Monday and agreed to keep talking, though neither "
        + "side reported progress on the central dispute over the alliance. “We will not allow anyone to slam the door shut,” "
        + "the deputy secretary said after the meeting in the Swiss city.";

    private const string Own =
        "Negotiators ended a long day of talks without a breakthrough on the alliance, each side restating demands "
        + "the other calls unacceptable. “We will not allow anyone to slam the door shut,” the deputy secretary said.";

    private static AnnotatedArticle Story(string id, string body, string? outlet = null, string? original = null)
    {
        var article = new Article { Id = id, Source = id + ".txt", Body = body, Outlet = outlet, OriginalOutlet = original };
        var quote = Quote(body, "We will not allow anyone to slam the door shut,", "Wendy Sherman", speakerWords: "the deputy secretary");
        return new AnnotatedArticle(article, SentenceSplitter.Split(body)) { Quotes = [quote] };
    }

    [Fact]
    public void SourcesAreTheCreditedWireTheOutletOrTheArticle()
    {
        var sources = SourceGrouper.Group([
            Story("a", Own, outlet: "Moneyweb", original: "Bloomberg"),
            Story("b", Wire.Replace("Monday", "Tuesday", StringComparison.Ordinal) + " Apart from that, nothing at all happened today there.", outlet: "bloomberg"),
            Story("c", "Officials from both capitals left the Swiss city without agreement. “We will not allow anyone to slam the door shut,” "
                + "the deputy secretary said, while her counterpart repeated that his country had no plans to attack.", outlet: null),
        ]);
        Assert.Equal("Bloomberg", sources.SourceOf("a"));
        Assert.Equal("Bloomberg", sources.SourceOf("b"));
        Assert.Equal("c", sources.SourceOf("c"));
        Assert.Equal(2, sources.Count(["a", "b", "c"]));
    }

    [Fact]
    public void ACopyCountsAsTheSourceItCopies()
    {
        var sources = SourceGrouper.Group([
            Story("wire", Wire, outlet: "AFP"),
            Story("own", Own, outlet: "The Daily"),
            Story("copy", Wire + " Readers may comment below.", outlet: "The Republisher"),
        ]);
        Assert.Equal("wire", sources.CopyOf("copy"));
        Assert.Equal("AFP", sources.SourceOf("copy"));
        Assert.Null(sources.CopyOf("own"));
        Assert.Equal(2, sources.Count(["wire", "own", "copy"]));
    }

    [Fact]
    public void FactAndQuoteSupportCountAWireCopyOnce()
    {
        var story = new[]
        {
            Story("wire", Wire, outlet: "AFP"),
            Story("own", Own, outlet: "The Daily"),
            Story("copy", Wire + " Readers may comment below.", outlet: "The Republisher"),
        };
        var analysis = StoryComparer.Compare(story);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(3, quote.Mentions.Count);
        Assert.Equal(2, quote.Support);

        var meeting = Assert.Single(analysis.Facts, f => f.Text.StartsWith("Top diplomats", StringComparison.Ordinal));
        Assert.Equal(["wire", "copy"], meeting.Citations.Select(c => c.Article));
        Assert.Equal(1, meeting.Support);
        var coverage = analysis.Coverage.Single(c => c.Article == "copy");
        Assert.Equal("AFP", coverage.Source);
        Assert.Equal("wire", coverage.CopyOf);
        // Only its own source reports the meeting: unique to the wire story and its copy alike.
        Assert.Contains(meeting.Id, coverage.UniqueFacts);
        Assert.Contains(meeting.Id, analysis.Coverage.Single(c => c.Article == "wire").UniqueFacts);
    }
}
