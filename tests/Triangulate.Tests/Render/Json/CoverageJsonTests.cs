using System.Text.Json;
using Triangulate.Render.Json;

namespace Triangulate.Tests.Render.Json;

public class CoverageJsonTests
{
    private static JsonElement Render(Triangulate.Model.Briefing briefing) =>
        JsonDocument.Parse(new JsonBriefingRenderer().Render(briefing)).RootElement;

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void FactsHaveTheContractShapeInBriefingOrder()
    {
        var briefing = RenderFixtures.Hostile();
        var facts = Render(briefing).GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(["f1", "f2", "f3"], facts.Select(f => f.GetProperty("id").GetString()));
        Assert.All(facts, f => Assert.Equal(["id", "text", "support", "citations"], Names(f)));
        Assert.Equal([3, 2, 1], facts.Select(f => f.GetProperty("support").GetInt32()));
        var hostile = facts[1];
        Assert.Equal(briefing.Facts[1].Text, hostile.GetProperty("text").GetString()); // written as is: <script>, |, *, &
        Assert.Contains("<script>alert(6)</script>", hostile.GetProperty("text").GetString());
        var citations = hostile.GetProperty("citations").EnumerateArray().ToList();
        Assert.All(citations, c => Assert.Equal(["article", "start", "end"], Names(c)));
        Assert.Equal(["c3", "a1"], citations.Select(c => c.GetProperty("article").GetString()));
    }

    [Fact]
    public void CoverageHasTheContractShape()
    {
        var coverage = Render(RenderFixtures.Hostile()).GetProperty("coverage").EnumerateArray().ToList();
        Assert.Equal(["a1", "b2", "c3"], coverage.Select(c => c.GetProperty("article").GetString()));
        Assert.All(coverage, c => Assert.Equal(
            ["article", "source", "copyOf", "uniqueFacts", "omittedFacts", "framing", "characterisations"], Names(c)));
        var first = coverage[0];
        Assert.Equal("Agence <i>France</i>", first.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("copyOf").ValueKind);
        Assert.Equal(["f3"], first.GetProperty("uniqueFacts").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["*Geneva*", "[draft](http://x)"], first.GetProperty("framing").EnumerateArray().Select(f => f.GetString()));
        var characterisation = Assert.Single(first.GetProperty("characterisations").EnumerateArray());
        Assert.Equal(["text", "speaker", "citation"], Names(characterisation));
        Assert.Equal("frank & <i>forthright</i> | *candid*", characterisation.GetProperty("text").GetString());
        Assert.Equal("Wendy \"<script>\" Sherman", characterisation.GetProperty("speaker").GetString());
        Assert.Equal(["article", "start", "end"], Names(characterisation.GetProperty("citation")));
        Assert.Equal(["f2"], coverage[1].GetProperty("omittedFacts").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(JsonValueKind.Null, coverage[1].GetProperty("characterisations")[0].GetProperty("speaker").ValueKind);
    }

    [Fact]
    public void AWireCopyNamesTheArticleItRepeatsAndTheSourceItCountsAs()
    {
        var copy = Render(RenderFixtures.Wire()).GetProperty("coverage")[3];
        Assert.Equal("m4", copy.GetProperty("article").GetString());
        Assert.Equal("b3", copy.GetProperty("copyOf").GetString());
        Assert.Equal("Bloomberg", copy.GetProperty("source").GetString());
    }

    [Fact]
    public void JsonListsEveryFactUncapped()
    {
        var briefing = RenderFixtures.Wire();
        Assert.Equal(briefing.Facts.Count, Render(briefing).GetProperty("facts").GetArrayLength());
    }

    [Fact]
    public void EmptyFactsAndCoverageAreEmptyArrays()
    {
        var root = Render(RenderFixtures.Hostile() with { Facts = [], Coverage = [] });
        Assert.Equal(0, root.GetProperty("facts").GetArrayLength());
        Assert.Equal(0, root.GetProperty("coverage").GetArrayLength());
    }
}
