using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>
/// `annotate` output: one compact annotation object per article per line. The article fields come
/// first, then one array per annotation layer, in the order of <see cref="Layers"/>; a new layer
/// ("entities", "times", …) is one more entry there and one writer method.
/// </summary>
public static class AnnotationJsonLinesRenderer
{
    public const string Schema = "triangulate.annotation/1";

    private static readonly (string Name, Action<Utf8JsonWriter, AnnotatedArticle> Write)[] Layers =
    [
        ("sentences", WriteSentences),
        ("quotes", WriteQuotes),
        ("times", WriteTimes),
        ("entities", WriteEntities),
        ("quantities", WriteQuantities),
    ];

    public static string RenderLine(AnnotatedArticle annotated) =>
        JsonOutput.Write(indented: false, writer => Write(writer, annotated)) + "\n";

    public static string Render(IEnumerable<AnnotatedArticle> articles) => string.Concat(articles.Select(RenderLine));

    private static void Write(Utf8JsonWriter writer, AnnotatedArticle annotated)
    {
        var article = annotated.Article;
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("id", article.Id);
        writer.WriteString("source", article.Source);
        writer.WriteString("published", article.Published?.ToIso());
        writer.WriteString("body", article.Body);
        foreach (var (name, write) in Layers)
        {
            writer.WriteStartArray(name);
            write(writer, annotated);
            writer.WriteEndArray();
        }
        ArticleJsonWriter.WriteProvenance(writer, article);
        writer.WriteEndObject();
    }

    private static void WriteSentences(Utf8JsonWriter writer, AnnotatedArticle annotated)
    {
        foreach (var sentence in annotated.Sentences)
        {
            writer.WriteStartObject();
            WriteRange(writer, sentence.Range);
            writer.WriteEndObject();
        }
    }

    private static void WriteQuotes(Utf8JsonWriter writer, AnnotatedArticle annotated)
    {
        var body = annotated.Article.Body;
        foreach (var quote in annotated.Quotes)
        {
            writer.WriteStartObject();
            WriteRangeAndText(writer, quote.Content, body);
            writer.WriteString("kind", Lower(quote.Kind));
            WriteSpan(writer, "cue", quote.Cue, body);
            WriteSpan(writer, "speakerMention", quote.SpeakerMention, body);
            writer.WriteString("attribution", quote.Attribution is { } attribution ? Lower(attribution) : null);
            writer.WriteString("speakerReason", quote.SpeakerReason);
            if (quote.Speaker is { } speaker)
            {
                writer.WriteStartObject("speaker");
                writer.WriteString("name", speaker.Name);
                writer.WriteString("role", speaker.Role);
                writer.WriteEndObject();
            }
            else writer.WriteNull("speaker");
            writer.WriteEndObject();
        }
    }

    private static void WriteTimes(Utf8JsonWriter writer, AnnotatedArticle annotated)
    {
        var body = annotated.Article.Body;
        foreach (var time in annotated.Times)
        {
            writer.WriteStartObject();
            WriteRangeAndText(writer, time.Range, body);
            writer.WriteString("type", time.Type.ToString().ToUpperInvariant());
            writer.WriteString("value", time.Value);
            writer.WriteString("anchor", time.Anchor is { } anchor ? Lower(anchor) : null);
            writer.WriteEndObject();
        }
    }

    /// <summary>"entity" is the id of the entity across the articles read together (null when unresolved).</summary>
    private static void WriteEntities(Utf8JsonWriter writer, AnnotatedArticle annotated)
    {
        var body = annotated.Article.Body;
        foreach (var mention in annotated.Entities)
        {
            writer.WriteStartObject();
            WriteRangeAndText(writer, mention.Range, body);
            writer.WriteString("type", Lower(mention.Type));
            writer.WriteString("entity", mention.Entity);
            writer.WriteEndObject();
        }
    }

    private static void WriteQuantities(Utf8JsonWriter writer, AnnotatedArticle annotated)
    {
        foreach (var quantity in annotated.Quantities)
        {
            writer.WriteStartObject();
            WriteRangeAndText(writer, quantity.Range, annotated.Article.Body);
            writer.WriteNumber("value", quantity.Value);
            writer.WriteString("approx", ApproximationText.Of(quantity.Approx));
            writer.WriteString("noun", quantity.Noun);
            writer.WriteEndObject();
        }
    }

    /// <summary>{ "start", "end", "text" } of a range of the body, or null.</summary>
    private static void WriteSpan(Utf8JsonWriter writer, string name, TextRange? range, string body)
    {
        if (range is not { } r)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        WriteRangeAndText(writer, r, body);
        writer.WriteEndObject();
    }

    /// <summary>"start", "end" and the body's words between them.</summary>
    private static void WriteRangeAndText(Utf8JsonWriter writer, TextRange range, string body)
    {
        WriteRange(writer, range);
        writer.WriteString("text", range.Slice(body));
    }

    private static void WriteRange(Utf8JsonWriter writer, TextRange range)
    {
        writer.WriteNumber("start", range.Start);
        writer.WriteNumber("end", range.End);
    }

    /// <summary>Enum values as the contract spells them: "direct", "explicit", ….</summary>
    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
