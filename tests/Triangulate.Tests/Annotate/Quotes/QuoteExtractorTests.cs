using Triangulate.Annotate;
using Triangulate.Model;

namespace Triangulate.Tests.Annotate.Quotes;

/// <summary>Quotes, cues and speakers on small made-up bodies, one construction each.</summary>
public class QuoteExtractorTests
{
    private static (string Body, IReadOnlyList<QuoteMention> Quotes) Extract(params string[] paragraphs)
    {
        var body = string.Join("\n\n", paragraphs);
        return (body, ArticleAnnotator.Annotate(new Article { Id = "a", Source = "a", Body = body }).Quotes);
    }

    private static QuoteMention Single(IReadOnlyList<QuoteMention> quotes, string body, string containing) =>
        Assert.Single(quotes, q => q.Content.Slice(body).Contains(containing, StringComparison.Ordinal));

    [Fact]
    public void Direct_quote_with_the_speaker_after_the_cue_is_explicit()
    {
        var (body, quotes) = Extract("“We will keep talking,” said Sergei Ryabkov, Russia's deputy foreign minister.");
        var quote = Single(quotes, body, "keep talking");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("said", quote.Cue!.Value.Slice(body));
        Assert.Equal("Sergei Ryabkov", quote.Speaker!.Name);
        Assert.Equal("Russia's deputy foreign minister", quote.Speaker.Role);
        Assert.Equal(AttributionMethod.Explicit, quote.Attribution);
    }

    [Fact]
    public void Title_before_the_name_becomes_the_role_and_the_surname_later_resolves_to_the_full_name()
    {
        var (body, quotes) = Extract(
            "US Deputy Secretary of State Wendy Sherman met her counterpart on Monday.",
            "“The talks were frank,” Ms Sherman told reporters.");
        var quote = Single(quotes, body, "frank");
        Assert.Equal(new Speaker("Wendy Sherman", "US Deputy Secretary of State"), quote.Speaker);
        Assert.Equal("Ms Sherman", quote.SpeakerMention!.Value.Slice(body));
    }

    [Fact]
    public void Pronoun_resolves_to_the_nearest_person_of_that_gender()
    {
        var (body, quotes) = Extract(
            "Mr Ryabkov and Ms Sherman led the delegations.",
            "“We are fed up,” she said.");
        var quote = Single(quotes, body, "fed up");
        Assert.Equal("Sherman", quote.Speaker!.Name);
        Assert.Equal(AttributionMethod.Resolved, quote.Attribution);
        Assert.Equal("she", quote.SpeakerMention!.Value.Slice(body));
    }

    [Fact]
    public void Uncued_quote_paragraph_continues_the_previous_speaker_and_never_claims_a_cue()
    {
        var (body, quotes) = Extract(
            "“We were firm,” Sherman said.",
            "“We will not allow anyone to close the door.”");
        var quote = Single(quotes, body, "close the door");
        Assert.Equal("Sherman", quote.Speaker!.Name);
        Assert.Equal(AttributionMethod.Continued, quote.Attribution);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void Quote_with_no_cue_and_no_quote_before_it_has_no_speaker_and_says_why()
    {
        var (body, quotes) = Extract("The weather was cold.", "“I have a rather pessimistic forecast in this regard.”");
        var quote = Single(quotes, body, "pessimistic");
        Assert.Null(quote.Speaker);
        Assert.Null(quote.Attribution);
        Assert.False(string.IsNullOrEmpty(quote.SpeakerReason));
    }

    [Fact]
    public void Partial_quote_takes_the_reported_clause_and_stops_where_another_speaker_starts()
    {
        var (body, quotes) = Extract(
            "Ryabkov described the talks as “businesslike and professional,” while US Deputy Secretary of State Wendy Sherman called them “frank and forthright.”");
        var first = Single(quotes, body, "businesslike");
        Assert.Equal(QuoteKind.Partial, first.Kind);
        Assert.Equal("Ryabkov", first.Speaker!.Name);
        Assert.DoesNotContain("frank", first.Content.Slice(body));
        var second = Single(quotes, body, "frank and forthright");
        Assert.Equal("Wendy Sherman", second.Speaker!.Name);
    }

    [Fact]
    public void Reported_speech_without_marks_is_indirect_and_keeps_that()
    {
        var (body, quotes) = Extract("Ryabkov said that no progress had been made on the central demand.");
        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("that no progress had been made on the central demand", quote.Content.Slice(body));
        Assert.Equal("Ryabkov", quote.Speaker!.Name);
    }

    [Fact]
    public void Trailing_cue_after_reported_clause_is_indirect()
    {
        var (body, quotes) = Extract("Russia would continue military exercises on its territory, officials said.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Russia would continue military exercises on its territory", quote.Content.Slice(body));
        Assert.Equal("officials", quote.SpeakerMention!.Value.Slice(body));
    }

    [Fact]
    public void Organisation_and_document_speakers_are_named_as_written()
    {
        var (body, quotes) = Extract("“Russia must stop its acts of aggression,” the Foreign Office said.");
        Assert.Equal("Foreign Office", Assert.Single(quotes).Speaker!.Name);
    }

    [Fact]
    public void Quote_over_two_paragraphs_is_one_span_when_the_second_reopens_the_mark()
    {
        var (body, quotes) = Extract("“We will keep talking,” Sherman said. “It is the only way.", "“There is no other path.”");
        var quote = Single(quotes, body, "keep talking");
        Assert.Contains("no other path", quote.Content.Slice(body));
    }

    [Theory]
    [InlineData("He said ``we are ready'' to talk.", "we are ready")]
    [InlineData("''We are ready to talk,'' Mr. Smith said.", "We are ready")]
    [InlineData("«Nous sommes prêts à parler», a dit M. Dupont, said Smith.", "Nous sommes")]
    public void Newswire_and_guillemet_marks_delimit_quotes(string sentence, string inside)
    {
        var (body, quotes) = Extract(sentence);
        Assert.Contains(quotes, q => q.Content.Slice(body).Contains(inside, StringComparison.Ordinal));
    }

    [Fact]
    public void Quote_of_the_other_mark_style_nests_inside_without_ending_the_outer_one()
    {
        var (body, quotes) = Extract("\"The department isn't about “Equal Justice Under Law” anymore. It is about politics,\" Patrick said.");
        var quote = Assert.Single(quotes);
        Assert.EndsWith("about politics,\"", quote.Content.Slice(body));
        Assert.Equal("Patrick", quote.Speaker!.Name);
    }

    [Fact]
    public void Short_scare_quotes_without_a_cue_are_not_quotes()
    {
        var (_, quotes) = Extract("The so-called “reset” of relations came to nothing in the end.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Apostrophes_and_possessives_do_not_open_quotes()
    {
        var (_, quotes) = Extract("Russia's demands and the allies' reply came in the '90s style of talks.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Same_body_gives_the_same_quotes()
    {
        string[] text = ["“We will keep talking,” said Ryabkov.", "She said the talks were “frank and forthright”."];
        Assert.Equal(Extract(text).Quotes, Extract(text).Quotes);
    }
}
