using System.Text.Json;
using Triangulate.Render;
using Triangulate.Render.Json;

namespace Triangulate.Tests.Render.Json;

public class JsonBriefingRendererTests
{
    private static readonly string[] ArticleFields =
    [
        "id", "source", "outlet", "originalOutlet", "title", "authors", "published", "updated", "url", "language",
        "machineTranslated", "credits", "captions", "body", "removed", "provenance",
    ];

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void DocumentHasTheContractFieldsInOrder()
    {
        var root = Parse(new JsonBriefingRenderer().Render(RenderFixtures.Hostile()));
        Assert.Equal(["schema", "story", "articles", "summary", "quotes", "conflicts", "timeline", "quantities", "entities", "facts", "coverage"], Names(root));
        Assert.Equal("triangulate.briefing/1", root.GetProperty("schema").GetString());
        Assert.Equal(["title", "referenceDate"], Names(root.GetProperty("story")));
        Assert.Equal("2022-01-10", root.GetProperty("story").GetProperty("referenceDate").GetString());
        foreach (var article in root.GetProperty("articles").EnumerateArray())
        {
            Assert.Equal(ArticleFields, Names(article));
            foreach (var caption in article.GetProperty("captions").EnumerateArray())
                Assert.Equal(["text", "credit"], Names(caption));
            foreach (var removed in article.GetProperty("removed").EnumerateArray())
                Assert.Equal(["text", "reason"], Names(removed));
        }
        foreach (var sentence in root.GetProperty("summary").EnumerateArray())
        {
            Assert.Equal(["text", "citations", "fact", "support"], Names(sentence));
            foreach (var citation in sentence.GetProperty("citations").EnumerateArray())
                Assert.Equal(["article", "start", "end"], Names(citation));
        }
    }

    [Fact]
    public void QuotesHaveTheContractShape()
    {
        var briefing = RenderFixtures.Hostile();
        var quotes = Parse(new JsonBriefingRenderer().Render(briefing)).GetProperty("quotes");
        Assert.Equal(2, quotes.GetArrayLength());
        var envoy = quotes[0];
        Assert.Equal(["id", "speaker", "text", "mentions", "support", "variants"], Names(envoy));
        Assert.Equal(["name", "role", "entity"], Names(envoy.GetProperty("speaker")));
        Assert.Equal("e1", envoy.GetProperty("speaker").GetProperty("entity").GetString());
        Assert.Equal("no deal", envoy.GetProperty("text").GetString());
        var mention = envoy.GetProperty("mentions")[0];
        Assert.Equal(["article", "start", "end", "text", "kind", "cue", "speakerMention", "attribution", "speakerReason"], Names(mention));
        var body = briefing.Articles[0].Body;
        Assert.Equal("no deal", body[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]);
        Assert.Equal("partial", mention.GetProperty("kind").GetString());
        Assert.Equal("explicit", mention.GetProperty("attribution").GetString());
        Assert.Equal(["start", "end", "text"], Names(mention.GetProperty("cue")));
        Assert.Equal("said", mention.GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("Kyiv’s envoy", mention.GetProperty("speakerMention").GetProperty("text").GetString());
        var variant = envoy.GetProperty("variants")[0];
        Assert.Equal(["article", "text", "diff", "substantive"], Names(variant));
        Assert.True(variant.GetProperty("substantive").GetBoolean());

        var unknown = quotes[1];
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("speaker").ValueKind);
        var hostile = unknown.GetProperty("mentions")[0];
        Assert.Equal("direct", hostile.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, hostile.GetProperty("speakerMention").ValueKind);
        Assert.Equal(JsonValueKind.Null, hostile.GetProperty("attribution").ValueKind);
        Assert.Equal("no cue <b>names</b> a speaker", hostile.GetProperty("speakerReason").GetString());
        Assert.Equal(RenderFixtures.Script + " and " + RenderFixtures.Image, hostile.GetProperty("text").GetString());
    }

    [Fact]
    public void ConflictsHaveTheContractShape()
    {
        var conflicts = Parse(new JsonBriefingRenderer().Render(RenderFixtures.Hostile())).GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Equal(["attribution", "number"], conflicts.Select(c => c.GetProperty("kind").GetString()));
        var conflict = conflicts[0];
        Assert.Equal(["kind", "about", "claims"], Names(conflict));
        Assert.Equal("attribution", conflict.GetProperty("kind").GetString());
        Assert.Equal("who said \"no deal\"", conflict.GetProperty("about").GetString());
        var claims = conflict.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(["article", "start", "end", "text", "value"], Names(c)));
        Assert.Equal(["Kyiv’s envoy", RenderFixtures.Script], claims.Select(c => c.GetProperty("value").GetString()));
    }

    [Fact]
    public void QuantitiesHaveTheContractShape()
    {
        var group = Assert.Single(Parse(new JsonBriefingRenderer().Render(RenderFixtures.Hostile())).GetProperty("quantities").EnumerateArray());
        Assert.Equal(["about", "values"], Names(group));
        Assert.Equal("<i>troops</i>", group.GetProperty("about").GetString());
        var values = group.GetProperty("values").EnumerateArray().ToList();
        Assert.All(values, v => Assert.Equal(["article", "start", "end", "text", "value", "approx"], Names(v)));
        Assert.Equal([2, 1500000.5], values.Select(v => v.GetProperty("value").GetDouble()));
        Assert.Equal(["exact", "more-than"], values.Select(v => v.GetProperty("approx").GetString()));
    }

    [Fact]
    public void ArticleValuesAreWrittenAsGiven()
    {
        var briefing = RenderFixtures.Hostile();
        var articles = Parse(new JsonBriefingRenderer().Render(briefing)).GetProperty("articles");
        var first = articles[0];
        Assert.Equal("a1", first.GetProperty("id").GetString());
        Assert.Equal(briefing.Articles[0].Body, first.GetProperty("body").GetString());
        Assert.Equal("2022-01-10T20:34", first.GetProperty("published").GetString());
        Assert.Equal("2022-01-11T12:23+05:30", first.GetProperty("updated").GetString());
        Assert.True(first.GetProperty("machineTranslated").GetBoolean());
        Assert.Equal(["Jane <u>Doe</u>", "Ivan Ivanov"], first.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Photo: AFP", first.GetProperty("captions")[0].GetProperty("credit").GetString());
        Assert.Equal("subscription prompt", first.GetProperty("removed")[0].GetProperty("reason").GetString());

        var second = articles[1];
        foreach (var field in new[] { "outlet", "originalOutlet", "title", "published", "updated", "url", "language" })
            Assert.Equal(JsonValueKind.Null, second.GetProperty(field).ValueKind);
        Assert.Equal(0, second.GetProperty("authors").GetArrayLength());
        Assert.False(second.GetProperty("machineTranslated").GetBoolean());
    }

    [Fact]
    public void ReferenceDateIsNullWhenUnknown()
    {
        var briefing = RenderFixtures.Hostile();
        var root = Parse(new JsonBriefingRenderer().Render(briefing with { Story = briefing.Story with { ReferenceDate = null } }));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("story").GetProperty("referenceDate").ValueKind);
    }

    [Fact]
    public void SampleCitationsPointInsideTheirArticleBodies()
    {
        var root = Parse(BriefingRenderers.Render(RenderFixtures.Sample(), BriefingFormat.Json));
        var bodies = root.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("body").GetString()!);
        Assert.Equal(bodies.Count, bodies.Keys.Distinct().Count());
        var summary = root.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        foreach (var sentence in summary)
        {
            var citations = sentence.GetProperty("citations").EnumerateArray().ToList();
            Assert.NotEmpty(citations);
            for (var i = 0; i < citations.Count; i++)
            {
                var body = bodies[citations[i].GetProperty("article").GetString()!];
                var start = citations[i].GetProperty("start").GetInt32();
                var end = citations[i].GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, body.Length);
                // Extractive: the sentence is the exact text of its first citation.
                if (i == 0) Assert.Equal(sentence.GetProperty("text").GetString(), body[start..end]);
            }
        }
    }

    [Fact]
    public void OutputIsDeterministicUtf8WithUnixNewlines()
    {
        var renderer = new JsonBriefingRenderer();
        var first = renderer.Render(RenderFixtures.Hostile());
        Assert.Equal(first, renderer.Render(RenderFixtures.Hostile()));
        Assert.Equal(BriefingRenderers.Render(RenderFixtures.Sample(), BriefingFormat.Json),
            BriefingRenderers.Render(RenderFixtures.Sample(), BriefingFormat.Json));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first);
        Assert.False(first.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.Contains("Kyiv’s envoy said “no deal” — Ünal", first); // non-ASCII as is
        Assert.Contains("\n  \"story\": {\n", first); // indented by two spaces
    }

    [Fact]
    public void ProvenanceListsEachFieldWithAValueInOrdinalOrder()
    {
        var articles = Parse(new JsonBriefingRenderer().Render(RenderFixtures.Hostile())).GetProperty("articles");
        var first = articles[0].GetProperty("provenance");
        Assert.Equal(["authors", "language", "originalOutlet", "outlet", "published", "title", "updated", "url"], Names(first));
        Assert.Equal("json-ld datePublished", first.GetProperty("published").GetString());
        Assert.Equal("meta <b>og:site_name</b>", first.GetProperty("outlet").GetString());
        Assert.Empty(Names(articles[1].GetProperty("provenance")));
    }

    [SkippableFact]
    public void MatchesTheExpectedDocument() =>
        ExpectationFiles.Verify("hostile.verified.json", new JsonBriefingRenderer().Render(RenderFixtures.Hostile()));

    [Fact]
    public void ExtractWritesOneCompactArticleObjectPerLine()
    {
        var briefing = RenderFixtures.Hostile();
        var text = JsonLinesArticleRenderer.Render(briefing.Articles);
        var lines = text.Split('\n');
        Assert.Equal(briefing.Articles.Count + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        for (var i = 0; i < briefing.Articles.Count; i++)
        {
            var article = Parse(lines[i]);
            Assert.Equal(ArticleFields, Names(article));
            Assert.Equal(briefing.Articles[i].Body, article.GetProperty("body").GetString());
        }
    }
}
