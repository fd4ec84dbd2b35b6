using Triangulate.Annotate;
using Triangulate.Model;

namespace Triangulate.Tests.Annotate.Quotes;

/// <summary>A speaker phrase needs a head that can speak; phrases that name no one give no speaker.</summary>
public class SpeakerHeadTests
{
    private static (string Body, IReadOnlyList<QuoteMention> Quotes) Extract(params string[] paragraphs)
    {
        var body = string.Join("\n\n", paragraphs);
        return (body, ArticleAnnotator.Annotate(new Article { Id = "a", Source = "a", Body = body }).Quotes);
    }

    private static bool AnySpeaker(IReadOnlyList<QuoteMention> quotes, string name) =>
        quotes.Any(q => q.Speaker?.Name.Contains(name, StringComparison.Ordinal) == true);

    [Fact]
    public void A_story_told_by_a_thing_is_not_speech()
    {
        var (_, quotes) = Extract("Her tired hands tell a story of hard winters, a common sight in the valley.");
        Assert.False(AnySpeaker(quotes, "hands"));
    }

    [Fact]
    public void A_quantity_before_a_place_names_no_speaker()
    {
        var (body, quotes) = Extract(
            "Many in Greenfield hope the visit will bring attention to the town.",
            "“We have waited a long time.”");
        Assert.False(AnySpeaker(quotes, "Greenfield"));
        var direct = Assert.Single(quotes, q => q.Content.Slice(body).Contains("waited", StringComparison.Ordinal));
        Assert.Null(direct.Speaker);
        Assert.False(string.IsNullOrEmpty(direct.SpeakerReason));
    }

    [Fact]
    public void A_possessive_alone_is_no_speaker()
    {
        var (_, quotes) = Extract("Morrison's plans Friday include a stop at the harbour and a dinner with donors.");
        Assert.False(AnySpeaker(quotes, "Morrison"));
    }

    [Fact]
    public void An_adjective_or_participle_run_is_no_speaker()
    {
        var (_, quotes) = Extract(
            "The county is shutting the three privately operated state clinics in Avon and Eastby.",
            "Over the decade the average vacancy rate declined to a low of four percent.");
        Assert.False(AnySpeaker(quotes, "operated"));
        Assert.False(AnySpeaker(quotes, "rate"));
    }

    [Fact]
    public void A_plural_or_agent_noun_the_lists_lack_still_speaks()
    {
        var (body, quotes) = Extract("“The plan is a disaster,” the bakery owner said. Its defenders say the plan will save money.");
        Assert.Contains(quotes, q => q.Speaker?.Name.Contains("owner", StringComparison.Ordinal) == true);
        Assert.Contains(quotes, q => q.Speaker?.Name.Contains("defenders", StringComparison.Ordinal) == true);
        Assert.NotEmpty(body);
    }

    [Fact]
    public void A_reporting_verb_is_not_part_of_the_subject()
    {
        var (_, quotes) = Extract("Parents here believe the new teachers understand the local dialect.");
        Assert.False(AnySpeaker(quotes, "believe"));
    }
}
