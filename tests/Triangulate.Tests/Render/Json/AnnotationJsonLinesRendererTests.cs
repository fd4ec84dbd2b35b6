using System.Text.Json;
using Triangulate.Model;
using Triangulate.Render.Json;

namespace Triangulate.Tests.Render.Json;

public class AnnotationJsonLinesRendererTests
{
    private static readonly string[] QuoteFields =
        ["start", "end", "text", "kind", "cue", "speakerMention", "attribution", "speakerReason", "speaker"];

    private const string Body = "Ryabkov said: “We are disappointed.” Ünal called it “businesslike”.\n\nThe talks would go on, officials said.";

    private static TextRange Find(string text) => new(Body.IndexOf(text, StringComparison.Ordinal), Body.IndexOf(text, StringComparison.Ordinal) + text.Length);

    private static AnnotatedArticle Annotated()
    {
        var article = new Article
        {
            Id = "a1",
            Source = "talks <1>.txt",
            Published = new PublicationTime(new DateOnly(2022, 1, 10), new TimeOnly(20, 34)),
            Body = Body,
        };
        return new AnnotatedArticle(article, [new Sentence(0, Find("Ryabkov said: “We are disappointed.”"), 0)])
        {
            Quotes =
            [
                new QuoteMention(Find("We are disappointed."), QuoteKind.Direct, Find("said"), Find("Ryabkov"),
                    new Speaker("Sergei Ryabkov", "Russian Deputy Foreign Minister"), AttributionMethod.Explicit, null),
                new QuoteMention(Find("businesslike"), QuoteKind.Partial, Find("called"), Find("Ünal"),
                    new Speaker("Ünal", null), AttributionMethod.Resolved, null),
                new QuoteMention(Find("The talks would go on"), QuoteKind.Indirect, null, null, null, null, "unnamed officials"),
            ],
            Times = [new TimeExpression(Find("would go on"), TimeType.Date, "FUTURE_REF", null), new TimeExpression(Find("Ryabkov"), TimeType.Date, "2022-01-12", TimeAnchor.Published)],
            Entities = [new EntityMention(Find("Ryabkov"), EntityType.Person), new EntityMention(Find("Ünal"), EntityType.Person)],
        };
    }

    [Fact]
    public void ObjectIsOneCompactLineWithTheContractFieldsInOrder()
    {
        var line = AnnotationJsonLinesRenderer.RenderLine(Annotated());
        Assert.EndsWith("}\n", line);
        Assert.DoesNotContain('\n', line[..^1]);
        Assert.StartsWith("{\"schema\":\"triangulate.annotation/1\",\"id\":\"a1\",\"source\":\"talks <1>.txt\",\"published\":\"2022-01-10T20:34\",", line);
        Assert.Contains("“businesslike”", line); // non-ASCII written as is
        var root = JsonDocument.Parse(line).RootElement;
        Assert.Equal(["schema", "id", "source", "published", "body", "sentences", "quotes", "times", "entities", "quantities", "provenance"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Body, root.GetProperty("body").GetString());
        Assert.Equal("""[{"start":0,"end":36}]""", root.GetProperty("sentences").GetRawText());
        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
            Assert.Equal(QuoteFields, quote.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void EntitiesCarryTheirTextAndTypeWithTheEntityIdStillNull()
    {
        var entities = JsonDocument.Parse(AnnotationJsonLinesRenderer.RenderLine(Annotated())).RootElement.GetProperty("entities");
        Assert.Equal("""{"start":0,"end":7,"text":"Ryabkov","type":"person","entity":null}""", entities[0].GetRawText());
        Assert.Equal(2, entities.GetArrayLength());
    }

    [Fact]
    public void QuoteSpansCarryTheirTextAndNullsStayNull()
    {
        var quotes = JsonDocument.Parse(AnnotationJsonLinesRenderer.RenderLine(Annotated())).RootElement.GetProperty("quotes");
        Assert.Equal(3, quotes.GetArrayLength());

        var direct = quotes[0];
        var content = Find("We are disappointed.");
        Assert.Equal(content.Start, direct.GetProperty("start").GetInt32());
        Assert.Equal(content.End, direct.GetProperty("end").GetInt32());
        Assert.Equal("We are disappointed.", direct.GetProperty("text").GetString());
        Assert.Equal("direct", direct.GetProperty("kind").GetString());
        Assert.Equal($$"""{"start":{{Find("said").Start}},"end":{{Find("said").End}},"text":"said"}""", direct.GetProperty("cue").GetRawText());
        Assert.Equal("Ryabkov", direct.GetProperty("speakerMention").GetProperty("text").GetString());
        Assert.Equal("explicit", direct.GetProperty("attribution").GetString());
        Assert.Equal(JsonValueKind.Null, direct.GetProperty("speakerReason").ValueKind);
        Assert.Equal("""{"name":"Sergei Ryabkov","role":"Russian Deputy Foreign Minister"}""", direct.GetProperty("speaker").GetRawText());

        var partial = quotes[1];
        Assert.Equal("partial", partial.GetProperty("kind").GetString());
        Assert.Equal("resolved", partial.GetProperty("attribution").GetString());
        Assert.Equal(JsonValueKind.Null, partial.GetProperty("speaker").GetProperty("role").ValueKind);

        var indirect = quotes[2];
        Assert.Equal("indirect", indirect.GetProperty("kind").GetString());
        foreach (var field in new[] { "cue", "speakerMention", "attribution", "speaker" })
            Assert.Equal(JsonValueKind.Null, indirect.GetProperty(field).ValueKind);
        Assert.Equal("unnamed officials", indirect.GetProperty("speakerReason").GetString());
    }

    [Fact]
    public void ArticleWithoutPublicationTimeHasNull()
    {
        var annotated = Annotated();
        var undated = annotated with { Article = annotated.Article with { Published = null } };
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(AnnotationJsonLinesRenderer.RenderLine(undated)).RootElement.GetProperty("published").ValueKind);
    }

    [Fact]
    public void RenderIsOneLinePerArticleAndDeterministic()
    {
        var articles = new[] { Annotated(), Annotated() with { Quotes = [], Times = [], Entities = [], Quantities = [] } };
        var text = AnnotationJsonLinesRenderer.Render(articles);
        Assert.Equal(2, text.Count(c => c == '\n'));
        Assert.Equal(text, AnnotationJsonLinesRenderer.Render(articles));
        Assert.EndsWith("\"quotes\":[],\"times\":[],\"entities\":[],\"quantities\":[],\"provenance\":{}}\n", text);
    }

    [Fact]
    public void TimesCarryTextTypeValueAndAnchor()
    {
        var times = JsonDocument.Parse(AnnotationJsonLinesRenderer.RenderLine(Annotated())).RootElement.GetProperty("times");
        var range = Find("would go on");
        Assert.Equal($$"""{"start":{{range.Start}},"end":{{range.End}},"text":"would go on","type":"DATE","value":"FUTURE_REF","anchor":null}""", times[0].GetRawText());
        Assert.Equal("published", times[1].GetProperty("anchor").GetString());
    }
}
