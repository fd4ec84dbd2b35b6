using Triangulate.Annotate.Quantities;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Annotate.Quantities;

public class QuantityRecognizerTests
{
    private static IReadOnlyList<Quantity> Recognize(string body) => QuantityRecognizer.Recognize(body, SentenceSplitter.Split(body));

    private static Quantity One(string body) => Assert.Single(Recognize(body));

    private static string Text(string body, Quantity q) => q.Range.Slice(body);

    [Theory]
    [InlineData("Russia masses more than 100 000 troops on the border.", "more than 100 000 troops", 100000, Approximation.MoreThan, "troops")]
    [InlineData("Russia has amassed almost 100,000 troops near its border.", "almost 100,000 troops", 100000, Approximation.LessThan, "troops")]
    [InlineData("He denied the approximately 100,000 Russian troops near the border.", "approximately 100,000 Russian troops", 100000, Approximation.About, "troops")]
    [InlineData("Russia has pushed around 70,000 troops towards the border.", "around 70,000 troops", 70000, Approximation.About, "troops")]
    [InlineData("Moscow amassed tens of thousands of troops at the border.", "tens of thousands of troops", 10000, Approximation.Order, "troops")]
    [InlineData("The insurgency has killed thousands of people since then.", "thousands of people", 1000, Approximation.Order, "people")]
    [InlineData("An insurgency in which more than 13,000 people have died.", "more than 13,000 people", 13000, Approximation.MoreThan, "people")]
    [InlineData("Diplomats held over seven hours of talks.", "over seven hours", 7, Approximation.MoreThan, "hours")]
    [InlineData("Oil output fell by 1.5 million barrels a day.", "1.5 million barrels", 1500000, Approximation.Exact, "barrels")]
    [InlineData("Some 5,000 people marched.", "Some 5,000 people", 5000, Approximation.About, "people")]
    [InlineData("Police arrested nearly two hundred and fifty protesters.", "nearly two hundred and fifty protesters", 250, Approximation.LessThan, "protesters")]
    [InlineData("A dozen countries signed.", "A dozen countries", 12, Approximation.Exact, "countries")]
    [InlineData("Dozens of civilians fled.", "Dozens of civilians", 12, Approximation.Order, "civilians")]
    [InlineData("Hundreds of protesters gathered.", "Hundreds of protesters", 100, Approximation.Order, "protesters")]
    [InlineData("An estimated 300 families were evacuated.", "An estimated 300 families", 300, Approximation.About, "families")]
    [InlineData("At least 50 police officers were hurt.", "At least 50 police officers", 50, Approximation.MoreThan, "officers")]
    [InlineData("Up to 40 ships could sail.", "Up to 40 ships", 40, Approximation.LessThan, "ships")]
    [InlineData("Several thousand soldiers remain.", "Several thousand soldiers", 1000, Approximation.Order, "soldiers")]
    [InlineData("The team spent one day there.", "one day", 1, Approximation.Exact, "day")]
    public void ReadsTheNumberItsHedgeAndWhatItCounts(string body, string text, double value, Approximation approx, string noun)
    {
        var q = One(body);
        Assert.Equal(text, Text(body, q));
        Assert.Equal(value, q.Value);
        Assert.Equal(approx, q.Approx);
        Assert.Equal(noun, q.Noun);
    }

    [Theory]
    [InlineData("They were discussed in the eight-hour-long dialogue.", "eight-hour-long", 8, "hour")]
    [InlineData("The talks were held under the 57-nation organisation.", "57-nation", 57, "nation")]
    [InlineData("A 29-year-old soldier spoke.", "29-year-old", 29, "year-old")]
    [InlineData("They agreed a two-day ceasefire.", "two-day", 2, "day")]
    [InlineData("A 100,000-strong force gathered.", "100,000-strong force", 100000, "force")]
    [InlineData("Prices rose 5% last year.", "5%", 5, "percent")]
    [InlineData("Prices rose 2.5 per cent.", "2.5 per cent", 2.5, "percent")]
    [InlineData("The fund holds $1.5 billion in aid.", "$1.5 billion", 1.5e9, "dollars")]
    [InlineData("The deal is worth more than €3bn to them.", "more than €3bn", 3e9, "euros")]
    public void CompoundsCountTheirUnitAndPercentagesAndMoneyTheirSign(string body, string text, double value, string noun)
    {
        var q = One(body);
        Assert.Equal(text, Text(body, q));
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(noun, q.Noun);
    }

    [Theory]
    [InlineData("Russia annexed Crimea in 2014.")]
    [InlineData("Its 1997 borders were discussed.")]
    [InlineData("The talks were on January 10 in Geneva.")]
    [InlineData("They met on 10 January in Geneva.")]
    [InlineData("The talks opened at 8:55 a.m. (07:55 GMT).")]
    [InlineData("They spoke at 9 pm.")]
    [InlineData("He wants the Soviet Union in version 2.0 again.")]
    [InlineData("The Nord Stream 2 pipeline is ready.")]
    [InlineData("Article 5 of the treaty applies.")]
    [InlineData("The COVID-19 rules were lifted.")]
    [InlineData("The shop is open 24/7 now.")]
    [InlineData("Mykhailo, 29, said nothing.")]
    [InlineData("It is wrong to make this freedom an absolute one.")]
    [InlineData("One of them spoke.")]
    [InlineData("Members of the G7 met.")]
    [InlineData("It was his 11th visit.")]
    public void YearsDatesTimesLabelsAndPronounsAreNoQuantities(string body) => Assert.Empty(Recognize(body));

    [Fact]
    public void OffsetsIndexTheBodyAcrossParagraphs()
    {
        const string body = "Talks lasted eight hours.\n\nRussia has about 70,000 troops there, and 3 500 tanks.";
        var found = Recognize(body);
        Assert.Equal(["eight hours", "about 70,000 troops", "3 500 tanks"], found.Select(q => Text(body, q)));
        Assert.Equal(body.IndexOf("about", StringComparison.Ordinal), found[1].Range.Start);
        Assert.Equal(3500, found[2].Value);
    }

    [Fact]
    public void ANumberWithoutANounIsKeptWithANullNoun()
    {
        var q = One("The count reached 40,000.");
        Assert.Equal(40000, q.Value);
        Assert.Null(q.Noun);
    }

    [Fact]
    public void RecognitionIsDeterministic()
    {
        const string body = "More than 13,000 people have died. Some 5,000 fled over seven hours.";
        Assert.Equal(Recognize(body), Recognize(body));
    }
}
