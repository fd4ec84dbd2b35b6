using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>
/// "quotes": [ { "id", "speaker": { "name", "role", "entity" } | null, "text", "mentions": [ { "article",
/// "start", "end", "text", "kind", "cue", "speakerMention", "attribution", "speakerReason" } ],
/// "variants": [ { "article", "text", "diff", "substantive" } ] } ].
/// </summary>
internal sealed class QuotesSectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in briefing.Articles) bodies.TryAdd(article.Id, article.Body);
        writer.WriteStartArray("quotes");
        foreach (var group in briefing.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", group.Id);
            WriteSpeaker(writer, group);
            writer.WriteString("text", group.Text);
            writer.WriteStartArray("mentions");
            foreach (var mention in group.Mentions) WriteMention(writer, mention, bodies.GetValueOrDefault(mention.Article) ?? "");
            writer.WriteEndArray();
            writer.WriteNumber("support", group.Support);
            writer.WriteStartArray("variants");
            foreach (var variant in group.Variants)
            {
                writer.WriteStartObject();
                writer.WriteString("article", variant.Article);
                writer.WriteString("text", variant.Text);
                writer.WriteString("diff", variant.Diff);
                writer.WriteBoolean("substantive", variant.Substantive);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteSpeaker(Utf8JsonWriter writer, QuoteGroup group)
    {
        if (group.Speaker is not { } speaker)
        {
            writer.WriteNull("speaker");
            return;
        }
        writer.WriteStartObject("speaker");
        writer.WriteString("name", speaker.Name);
        writer.WriteString("role", speaker.Role);
        writer.WriteString("entity", group.SpeakerEntity);
        writer.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter writer, QuoteGroupMention placed, string body)
    {
        var mention = placed.Mention;
        writer.WriteStartObject();
        writer.WriteString("article", placed.Article);
        writer.WriteNumber("start", mention.Content.Start);
        writer.WriteNumber("end", mention.Content.End);
        writer.WriteString("text", Slice(mention.Content, body));
        writer.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
        WriteRange(writer, "cue", mention.Cue, body);
        WriteRange(writer, "speakerMention", mention.SpeakerMention, body);
        writer.WriteString("attribution", mention.Attribution?.ToString().ToLowerInvariant());
        writer.WriteString("speakerReason", mention.SpeakerReason);
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, string name, TextRange? range, string body)
    {
        if (range is not { } r)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteNumber("start", r.Start);
        writer.WriteNumber("end", r.End);
        writer.WriteString("text", Slice(r, body));
        writer.WriteEndObject();
    }

    /// <summary>The words of a range, empty when it does not fit the body.</summary>
    private static string Slice(TextRange range, string body) =>
        range.Start >= 0 && range.Start <= range.End && range.End <= body.Length ? range.Slice(body) : "";
}
