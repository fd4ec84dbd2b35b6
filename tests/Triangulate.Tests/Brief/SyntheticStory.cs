using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Brief;

/// <summary>Four invented outlets reporting one invented event, with shared and outlet-only facts.</summary>
internal static class SyntheticStory
{
    // The fact every outlet reports, in different words.
    public const string SharedFact = "Engineers opened the floodgates of the Riverton dam on Tuesday after days of heavy rain";

    public static IReadOnlyList<Article> Articles() => ArticleIds.AssignUnique(
    [
        Make("a.txt", "Riverton dam opens floodgates as river rises",
            "Riverton dam opens floodgates\n\n" +
            SharedFact + ", sending water toward three villages downstream. " +
            "Mayor Anna Keller ordered the evacuation of 2,000 residents from the low-lying districts. " +
            "Is the town ready for another flood?\n\n" +
            "The regional water authority said the reservoir had reached 98 percent of its capacity on Monday evening. " +
            "Local schools will stay closed until Friday, the education office said."),
        Make("b.txt", "Floodgates opened at Riverton as rain continues",
            "On Tuesday engineers opened the floodgates of the Riverton dam following several days of heavy rain. " +
            "About 2,000 residents were evacuated from low-lying districts on the orders of Mayor Anna Keller. " +
            "The reservoir was at 98 percent of capacity on Monday evening, according to the regional water authority.\n\n" +
            "But some farmers complained that they had received no warning. " +
            "Forecasters expect the rain to ease by Thursday."),
        Make("c.txt", "Riverton evacuates 2,000 people",
            "Mayor Anna Keller ordered 2,000 residents to leave the low-lying districts of Riverton on Tuesday. " +
            "The order came after engineers opened the dam's floodgates following days of heavy rain. " +
            "Emergency shelters have been set up in the sports hall and two churches.\n\n" +
            "He said the situation was under control. " +
            "The last major flood in the region, in 1997, destroyed more than 300 homes."),
        Make("d.txt", "Dam release threatens Riverton villages",
            "Three villages downstream of the Riverton dam braced for flooding on Tuesday after engineers opened its floodgates following days of heavy rain. " +
            "The regional water authority said the reservoir had been 98 percent full on Monday evening. " +
            "Rail services between Riverton and the coast were suspended as a precaution.\n\n" +
            "Forecasters said the rain should ease by Thursday, allowing the water level to fall."),
    ]);

    private static Article Make(string source, string title, string body) => new()
    {
        Id = source,
        Source = source,
        Title = title,
        Body = body,
    };
}
