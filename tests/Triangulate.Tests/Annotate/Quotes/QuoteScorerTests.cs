using Triangulate.Bench.Quotes;
using Triangulate.Model;

namespace Triangulate.Tests.Annotate.Quotes;

/// <summary>The quote benchmark's BRAT reader and scorer, on a made-up article worked out by hand.</summary>
public sealed class QuoteScorerTests
{
    private const string Body = "Smith said: “We will go,” adding that talks would continue.\n\nHe called the talks “businesslike.” Analysts doubt it.";

    private static TextRange Find(string text, int from = 0)
    {
        var start = Body.IndexOf(text, from, StringComparison.Ordinal);
        Assert.True(start >= 0, text);
        return new TextRange(start, start + text.Length);
    }

    private static QuoteMention Quote(TextRange content, QuoteKind kind, TextRange? speaker = null) =>
        new(content, kind, null, speaker, null, null, null);

    private static readonly TextRange Smith = Find("Smith");
    private static readonly TextRange He = Find("He called");
    private static readonly GoldAttribution WeWillGo = new(Find("“We will go,”"), Find("said"), Smith);
    private static readonly GoldAttribution TalksContinue = new(Find("that talks would continue"), Find("adding"), Smith);
    private static readonly GoldAttribution Businesslike = new(Find("the talks “businesslike.”"), Find("called"), new TextRange(He.Start, He.Start + 2));
    private static readonly GoldAttribution DoubtIt = new(Find("it", Find("doubt").End), Find("doubt"), null);
    private static readonly GoldAttribution[] Gold = [WeWillGo, TalksContinue, Businesslike, DoubtIt];

    [Fact]
    public void Exact_match_ignores_quotation_marks_and_punctuation_at_the_ends()
    {
        var score = QuoteScorer.Compare(Body, Gold, [Quote(Find("We will go"), QuoteKind.Direct, Smith)]);

        Assert.Equal(1, score.All.ExactGold);
        Assert.Equal(1, score.All.OverlapGold);
        Assert.Equal(1, score.All.Exact.Precision, 10);
        Assert.Equal(0.25, score.All.Exact.Recall, 10);
        Assert.Equal(0.4, score.All.Exact.F1, 10);
        Assert.Equal([0], score.SystemToGold.Select(g => g!.Value));
    }

    [Fact]
    public void Overlap_needs_half_of_the_longer_span()
    {
        // gold "that talks would continue" is 25 characters; 13 of them overlap "talks would c…" below.
        var half = QuoteScorer.Compare(Body, [TalksContinue], [Quote(Find("talks would c"), QuoteKind.Indirect)]);
        var less = QuoteScorer.Compare(Body, [TalksContinue], [Quote(Find("talks would"), QuoteKind.Indirect)]);
        var longer = QuoteScorer.Compare(Body, [TalksContinue], [Quote(Find("adding that talks would continue.\n\nHe called the talks"), QuoteKind.Indirect)]);

        Assert.Equal((0, 1), (half.All.ExactGold, half.All.OverlapGold));
        Assert.Equal((0, 0), (less.All.ExactGold, less.All.OverlapGold));
        Assert.Equal(0, longer.All.OverlapGold);
    }

    [Fact]
    public void Matching_is_one_to_one_and_prefers_the_closer_span()
    {
        var loose = Quote(Find("that talks would continue.\n\nHe"), QuoteKind.Indirect);
        var close = Quote(Find("that talks would continue."), QuoteKind.Indirect);

        var score = QuoteScorer.Compare(Body, Gold, [loose, close]);

        Assert.Equal(new int?[] { null, 1 }, score.SystemToGold);
        Assert.Equal((1, 1, 2), (score.All.OverlapGold, score.All.OverlapSystem, score.All.System));
        Assert.Equal([0, 2, 3], score.UnmatchedGold);
        Assert.Equal([0], score.UnmatchedSystem);
    }

    [Fact]
    public void Speaker_accuracy_counts_matched_gold_with_a_source()
    {
        var score = QuoteScorer.Compare(Body, Gold,
        [
            Quote(Find("We will go"), QuoteKind.Direct, Smith),               // right speaker
            Quote(Find("talks would continue"), QuoteKind.Indirect, He),      // wrong speaker
            Quote(Find("businesslike"), QuoteKind.Partial),                   // no speaker; 12 of the gold's 23 characters once trimmed
            Quote(Find("it", Find("doubt").End), QuoteKind.Indirect),         // matched, but the gold has no source
        ]);

        Assert.Equal(4, score.All.OverlapGold);
        Assert.Equal((3, 1, 1), (score.All.SpeakerPairs, score.All.SpeakerCorrect, score.All.SpeakerNull));
        Assert.Equal(1.0 / 3, score.All.SpeakerAccuracy, 10);
    }

    [Fact]
    public void Direct_subset_recalls_quoted_gold_and_checks_quoted_system_quotes_against_all_gold()
    {
        var score = QuoteScorer.Compare(Body, Gold,
        [
            Quote(Find("We will go"), QuoteKind.Direct),                        // matches a quoted gold
            Quote(Find("that talks would continue"), QuoteKind.Partial),        // matches a gold without quotation marks
            Quote(Find("the talks “businesslike"), QuoteKind.Indirect),         // matches a quoted gold, but is not a quoted system quote
            Quote(Find("Analysts"), QuoteKind.Direct),                          // matches nothing
        ]);

        var direct = score.Direct;
        Assert.Equal((2, 3), (direct.Gold, direct.System));
        Assert.Equal((1, 2), (direct.OverlapGold, direct.OverlapSystem));
        Assert.Equal(2.0 / 3, direct.Overlap.Precision, 10);
        Assert.Equal(0.5, direct.Overlap.Recall, 10);
        Assert.Equal(4.0 / 7, direct.Overlap.F1, 10);
        Assert.Equal((3, 4), (score.All.OverlapGold, score.All.System));
    }

    [Theory]
    [InlineData("“We will go,”", true)]
    [InlineData("the talks ''businesslike.''", true)]
    [InlineData("‘not yet’", true)]
    [InlineData("talks' end", false)]
    [InlineData("he didn’t know Carter’s plan", false)]
    public void Quoted_contents_hold_a_quotation_mark_that_is_not_an_apostrophe(string content, bool direct)
    {
        Assert.Equal(direct, QuoteScorer.IsDirect(content));
    }

    [Fact]
    public void Reads_brat_events_with_discontinuous_and_multi_line_spans()
    {
        var talks = Find("that talks would continue");
        var he = Find("He");
        var ann = string.Join("\n",
            $"T1\tSource {Smith.Start} {Smith.End}\tSmith",
            $"T2\tCue {Find("said").Start} {Find("said").End}\tsaid",
            // fragments listed out of order, and text over two lines
            $"T3\tContent {he.Start} {he.End};{talks.Start} {talks.End}\tHe that talks would continue",
            $"T4\tContent {talks.Start} {he.End}\tthat talks would continue.",
            "",
            "He",
            $"T5\tContent {Find("We").Start} {Find("We").End + 2}\tWe w",
            $"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            $"#1\tAnnotatorNotes T1\tnote",
            $"E2\tAttribution-no-source:T2 Content:T5 Content2:T4 Cue:T2 ",
            $"E3\tAttribution:T2 Cue:T2 Source:T1",
            "");

        var gold = PolnearCorpus.Attributions(BratAnnotation.Parse(ann), Body);

        Assert.Equal(
        [
            new GoldAttribution(new TextRange(Find("We").Start, he.End), Find("said"), null),
            new GoldAttribution(new TextRange(talks.Start, he.End), Find("said"), Smith),
        ], gold);
    }

    [Fact]
    public void Offsets_that_disagree_with_the_span_text_are_an_error()
    {
        var ann = $"T1\tSource {Smith.Start + 1} {Smith.End + 1}\tSmith\n";

        Assert.Throws<InvalidDataException>(() => PolnearCorpus.Attributions(BratAnnotation.Parse(ann), Body));
    }
}
