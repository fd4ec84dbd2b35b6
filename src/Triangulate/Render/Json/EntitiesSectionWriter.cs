using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"entities": [ { "id", "name", "kind", "role", "aliases", "mentions": [ { "article", "start", "end", "text" } ] } ].</summary>
internal sealed class EntitiesSectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        var bodies = briefing.Articles.ToDictionary(a => a.Id, a => a.Body, StringComparer.Ordinal);
        writer.WriteStartArray("entities");
        foreach (var entity in briefing.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("name", entity.Name);
            writer.WriteString("kind", entity.Kind);
            writer.WriteString("role", entity.Role);
            writer.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases) writer.WriteStringValue(alias);
            writer.WriteEndArray();
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                if (!bodies.TryGetValue(mention.Article, out var body) || mention.End > body.Length) continue;
                writer.WriteStartObject();
                writer.WriteString("article", mention.Article);
                writer.WriteNumber("start", mention.Start);
                writer.WriteNumber("end", mention.End);
                writer.WriteString("text", body[mention.Start..mention.End]);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
