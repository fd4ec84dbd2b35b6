using Triangulate.Compare;
using Triangulate.Model;
using static Triangulate.Tests.Compare.QuoteFixtures;

namespace Triangulate.Tests.Compare.Quotes;

public class QuoteGroupingTests
{
    private static IReadOnlyList<QuoteGroup> Groups(params AnnotatedArticle[] articles) => StoryComparer.Compare(articles).Quotes;

    [Fact]
    public void SpellingPunctuationCaseAndQuoteMarksDoNotSplitAQuote()
    {
        var groups = Groups(
            Said("a", "We will defend the organisation’s honour, whatever it costs.", "Wendy Sherman"),
            Said("b", "we will defend the Organization's honor — whatever it costs", "Sherman"));
        var group = Assert.Single(groups);
        Assert.Equal(["a", "b"], group.Mentions.Select(m => m.Article));
        var variant = Assert.Single(group.Variants);
        Assert.False(variant.Substantive);
        Assert.DoesNotContain("[-", variant.Diff);
        Assert.DoesNotContain("[+", variant.Diff);
    }

    [Fact]
    public void TruncatedQuoteJoinsTheFullOneAsANonSubstantiveVariant()
    {
        var full = Said("a", "We were firm in pushing back on security proposals that are simply non-starters for the United States.", "Sherman");
        var body = "Sherman said the US was \"pushing back on security proposals that are simply non-starters\".";
        var cut = Article("b", body, Quote(body, "pushing back on security proposals that are simply non-starters", "Sherman", kind: QuoteKind.Partial));
        var group = Assert.Single(Groups(full, cut));
        Assert.Equal(2, group.Mentions.Count);
        Assert.StartsWith("We were firm", group.Text); // ties go to the longest wording
        var variant = Assert.Single(group.Variants);
        Assert.Equal("b", variant.Article);
        Assert.False(variant.Substantive);
    }

    [Fact]
    public void WordsLeftOutAtAnEllipsisAreNotSubstantive()
    {
        var group = Assert.Single(Groups(
            Said("a", "The situation is dangerous and we cannot afford any further delays in this matter.", "Ryabkov"),
            Said("b", "The situation is dangerous … we cannot afford any further delays in this matter.", "Ryabkov")));
        Assert.False(Assert.Single(group.Variants).Substantive);
    }

    [Fact]
    public void TranslationVariantIsGroupedAndFlaggedWithAWordDiff()
    {
        var group = Assert.Single(Groups(
            Said("a", "We will not allow anyone to slam closed NATO’s open-door policy.", "Wendy Sherman"),
            Said("b", "We will not allow anyone to slam closed NATO's open-door policy,", "Sherman"),
            Said("c", "We will not allow anyone to close Nato's open-door policy.", "Ms Sherman")));
        Assert.Equal(3, group.Mentions.Count);
        var variant = group.Variants.Single(v => v.Article == "c");
        Assert.True(variant.Substantive);
        Assert.Equal("We will not allow anyone to [-slam closed-] [+close+] NATO’s open-door policy.", variant.Diff);
        // The straight apostrophe and the comma inside the quotation mark are not a change in substance.
        Assert.False(group.Variants.Single(v => v.Article == "b").Substantive);
    }

    [Fact]
    public void CanonicalTextIsTheWordingMostArticlesCarry()
    {
        var group = Assert.Single(Groups(
            Said("a", "We will not allow anyone to close the open door of the alliance.", "Sherman"),
            Said("b", "We will not allow anyone to slam shut the open door of the alliance.", "Sherman"),
            Said("c", "We will not allow anyone to slam shut the open door of the alliance.", "Sherman")));
        Assert.Equal("We will not allow anyone to slam shut the open door of the alliance.", group.Text);
        Assert.Equal("a", Assert.Single(group.Variants).Article);
    }

    [Fact]
    public void DifferentQuotesAreNotGrouped()
    {
        var groups = Groups(
            Said("a", "We will not allow anyone to slam closed the open door of the alliance.", "Sherman"),
            Said("b", "Russia has no plans to invade Ukraine and never had such plans.", "Ryabkov"));
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Single(g.Mentions));
        Assert.All(groups, g => Assert.Empty(g.Variants));
    }

    [Fact]
    public void OneWordPartialQuotesGroupOnlyOnTheSameWord()
    {
        var one = "Ryabkov described the talks as \"businesslike\".";
        var two = "Ryabkov called the talks \"businesslike\".";
        var three = "Ryabkov described them as \"businesslike and professional\".";
        var groups = Groups(
            Article("a", one, Quote(one, "businesslike", "Ryabkov", kind: QuoteKind.Partial)),
            Article("b", two, Quote(two, "businesslike", "Ryabkov", kind: QuoteKind.Partial)),
            Article("c", three, Quote(three, "businesslike and professional", "Ryabkov", kind: QuoteKind.Partial)));
        Assert.Equal(2, groups.Count);
        Assert.Equal(["a", "b"], groups[0].Mentions.Select(m => m.Article));
        Assert.Equal(["c"], groups[1].Mentions.Select(m => m.Article));
    }

    [Fact]
    public void ASharedPhraseByTwoPeopleIsTwoQuotes()
    {
        var groups = Groups(
            Said("a", "NATO's open-door policy is not negotiable and we will defend it.", "Wendy Sherman"),
            Said("b", "The open-door policy is not negotiable.", "Jens Stoltenberg"));
        Assert.Equal(2, groups.Count);
        Assert.Equal("Wendy Sherman", groups[0].Speaker!.Name);
        Assert.Equal("Jens Stoltenberg", groups[1].Speaker!.Name);
    }

    [Fact]
    public void GroupSpeakerIsTheResolvedPersonWithTheFullestNameAndRole()
    {
        var group = Assert.Single(Groups(
            Said("a", "We were firm in pushing back on proposals that are non-starters.", "Sherman"),
            Said("b", "We were firm in pushing back on proposals that are non-starters.", "Wendy Sherman", "US Deputy Secretary of State")));
        Assert.Equal(new Speaker("Wendy Sherman", "US Deputy Secretary of State"), group.Speaker);
        Assert.Matches("^[0-9a-f]{8}$", group.SpeakerEntity!);
        Assert.Empty(group.Variants);
    }

    [Fact]
    public void UnknownSpeakerDoesNotPreventGroupingAndIsNotTheGroupSpeaker()
    {
        var group = Assert.Single(Groups(
            Said("a", "The door of the alliance stays open to every country that seeks to join.", null),
            Said("b", "The door of the alliance stays open to every country that seeks to join.", "Stoltenberg")));
        Assert.Equal("Stoltenberg", group.Speaker!.Name);
        Assert.Null(group.Mentions[0].Mention.Speaker);
    }

    [Fact]
    public void GroupsAndMentionsComeInStoryOrderWithStableIds()
    {
        var bodyA = "“Talks will continue next week in Brussels,” Sherman said. Later she added: “Sanctions are ready and they are severe.”";
        var a = Article("a", bodyA,
            Quote(bodyA, "Sanctions are ready and they are severe.", "Sherman"),
            Quote(bodyA, "Talks will continue next week in Brussels,", "Sherman"));
        var b = Said("b", "Talks will continue next week in Brussels.", "Sherman");
        var first = Groups(a, b);
        Assert.Equal(["Talks will continue next week in Brussels.", "Sanctions are ready and they are severe."], first.Select(g => g.Text));
        Assert.Equal(["a", "b"], first[0].Mentions.Select(m => m.Article));
        var again = Groups(a, b);
        Assert.Equal(first.Select(g => g.Id), again.Select(g => g.Id));
        Assert.All(first, g => Assert.Matches("^[0-9a-f]{8}$", g.Id));
        Assert.NotEqual(first[0].Id, first[1].Id);
        // The id depends on the words, not on which articles carry them.
        Assert.Equal(first[1].Id, Groups(a).Single(g => g.Text.StartsWith("Sanctions", StringComparison.Ordinal)).Id);
    }

    [Fact]
    public void SingleArticleQuoteIsAGroupOfOne()
    {
        var group = Assert.Single(Groups(Said("a", "I doubt that anything will change after these talks.", "Mykhailo")));
        Assert.Single(group.Mentions);
        Assert.Equal("I doubt that anything will change after these talks.", group.Text);
    }
}
