using Triangulate.Compare.Framing;

namespace Triangulate.Tests.Compare.Framing;

public sealed class HeadlineFramingTests
{
    private static IReadOnlyList<string> Framing(string title, string body = "Officials met on Monday in the capital, the ministry said.\n\nThey spoke for two hours.") =>
        HeadlineFraming.Read(FramingFixtures.Annotated(title, body));

    [Fact]
    public void A_neutral_headline_has_no_framing() =>
        Assert.Empty(Framing("City council approves budget for new library"));

    [Fact]
    public void Evaluative_nouns_keep_the_words_that_carry_their_evaluation()
    {
        var framing = Framing("Talks end with no breakthrough as rivals vow to meet again");
        Assert.Equal(["no breakthrough", "vow to meet"], framing);
        Assert.Equal(["Vows to Keep Talking"], Framing("Minister Vows to Keep Talking"));
        Assert.Equal(["Vows to Free"], Framing("Minister Vows to Free Besieged City"));
    }

    [Fact]
    public void A_framing_verb_stops_before_a_name_or_function_word() =>
        Assert.Equal(["slams", "warns"], Framing("Mayor slams Jones over budget, warns of cuts"));

    [Fact]
    public void Adjectives_keep_their_degree_words_and_keep_the_original_casing() =>
        Assert.Equal(["Deeply Divided", "High-Stakes"], Framing("Deeply Divided Senate Opens High-Stakes Vote"));

    [Fact]
    public void Short_scare_quotes_are_framing_but_quoted_titles_and_statements_are_not()
    {
        Assert.Equal(["useful", "long road"], Framing("Minister calls talks 'useful' but sees 'long road' ahead"));
        Assert.Empty(Framing("Critics review 'The Silent Harbour' at the city theatre"));
        Assert.Empty(Framing("Mayor: \"We will open the new library next spring\""));
    }

    [Fact]
    public void A_name_is_not_framing_even_when_its_words_are_evaluative()
    {
        const string body = "Hope Hicks, a former White House aide, testified on Tuesday before a House committee.\n\nThe hearing lasted three hours.";
        Assert.Empty(Framing("Hope Hicks testifies before House committee", body));
    }

    [Fact]
    public void An_unpunctuated_first_paragraph_is_a_standfirst_and_a_lead_sentence_is_not()
    {
        Assert.Equal(["bitter"], Framing("Leaders meet in Vienna",
            "Summit opens amid bitter dispute over trade and tariffs\n\nThe leaders of the two countries met on Monday in Vienna for a summit on trade."));
        Assert.Empty(Framing("Leaders meet in Vienna",
            "The leaders held tense talks on Monday in Vienna, officials said.\n\nThey met for two hours."));
    }

    [Fact]
    public void Phrases_appear_once_in_order_of_appearance() =>
        Assert.Equal(["Historic", "setback"], Framing("Historic vote ends in setback for historic coalition"));
}
