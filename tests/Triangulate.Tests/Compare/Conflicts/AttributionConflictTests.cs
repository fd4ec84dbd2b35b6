using Triangulate.Compare;
using Triangulate.Model;
using static Triangulate.Tests.Compare.QuoteFixtures;

namespace Triangulate.Tests.Compare.Conflicts;

public class AttributionConflictTests
{
    private static IReadOnlyList<Conflict> Conflicts(params AnnotatedArticle[] articles) => StoryComparer.Compare(articles).Conflicts;

    // As in the Geneva sample: Bloomberg gives "businesslike" to Ryabkov, RFE/RL to Sherman.
    private const string Bloomberg = "Sergei Ryabkov spoke first. He described the talks as “businesslike and professional,” while Wendy Sherman called them “frank and forthright.”";
    private const string Rferl = "Wendy Sherman described her talks with Sergei Ryabkov as \"serious\" and \"businesslike.\"";

    private static AnnotatedArticle BloombergArticle(string ryabkov = "Sergei Ryabkov") => Article("a", Bloomberg,
        Quote(Bloomberg, "businesslike and professional,", ryabkov, "Russian Deputy Foreign Minister", QuoteKind.Partial, speakerWords: "He"),
        Quote(Bloomberg, "frank and forthright.", "Wendy Sherman", kind: QuoteKind.Partial));

    private static AnnotatedArticle RferlArticle(string businesslikeSpeaker = "Wendy Sherman") => Article("b", Rferl,
        Quote(Rferl, "serious", "Wendy Sherman", kind: QuoteKind.Partial),
        Quote(Rferl, "businesslike.", businesslikeSpeaker, kind: QuoteKind.Partial, speakerWords: "Wendy Sherman"));

    [Fact]
    public void TheSameWordGivenToDifferentPeopleIsAConflictWithBothSidesCited()
    {
        var conflict = Assert.Single(Conflicts(BloombergArticle(), RferlArticle()));
        Assert.Equal(ConflictKind.Attribution, conflict.Kind);
        Assert.Equal("who said \"businesslike\"", conflict.About);
        Assert.Equal(["a", "b"], conflict.Claims.Select(c => c.Article));
        Assert.Equal(["Sergei Ryabkov", "Wendy Sherman"], conflict.Claims.Select(c => c.Value));
        // Each side is cited with its own words: the sentence that gives the quote its speaker.
        Assert.Equal(Bloomberg[conflict.Claims[0].Start..conflict.Claims[0].End], conflict.Claims[0].Text);
        Assert.StartsWith("He described the talks as “businesslike", conflict.Claims[0].Text);
        Assert.Equal(Rferl, conflict.Claims[1].Text);
    }

    [Fact]
    public void NoConflictWhenTheOutletsNameTheSamePerson()
    {
        Assert.Empty(Conflicts(BloombergArticle(), RferlArticle("Sergei Ryabkov")));
        Assert.Empty(Conflicts(BloombergArticle("Ryabkov"), RferlArticle("Mr Ryabkov")));
    }

    [Fact]
    public void NoConflictWhenOneSpeakerIsUnknown()
    {
        var body = "Wendy Sherman described her talks as \"serious\" and \"businesslike.\"";
        var unknown = Article("b", body, Quote(body, "businesslike.", null, kind: QuoteKind.Partial));
        Assert.Empty(Conflicts(BloombergArticle(), unknown));
    }

    [Fact]
    public void ACommonWordInAnUnrelatedQuoteIsNoConflict()
    {
        var blinken = Said("c", "This is a serious moment for Europe and for the world.", "Antony Blinken");
        Assert.Empty(Conflicts(RferlArticle(), blinken));
    }

    [Fact]
    public void AQuoteGroupWhoseOutletsNameDifferentPeopleIsAConflict()
    {
        var conflict = Assert.Single(Conflicts(
            Said("a", "We will not allow anyone to slam closed NATO's open-door policy.", "Wendy Sherman"),
            Said("b", "We will not allow anyone to slam closed NATO's open-door policy.", "Jens Stoltenberg")));
        Assert.Equal("who said \"We will not allow anyone to slam closed NATO's open-door …\"", conflict.About);
        Assert.Equal(["Wendy Sherman", "Jens Stoltenberg"], conflict.Claims.Select(c => c.Value));
    }

    [Fact]
    public void ConflictsAreDeterministic()
    {
        var first = Conflicts(BloombergArticle(), RferlArticle());
        var second = Conflicts(BloombergArticle(), RferlArticle());
        Assert.Equal(first.Select(c => (c.About, string.Join("|", c.Claims))), second.Select(c => (c.About, string.Join("|", c.Claims))));
    }
}
