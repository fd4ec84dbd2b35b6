using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"conflicts": [ { "kind", "about", "claims": [ { "article", "start", "end", "text", "value" } ] } ].</summary>
internal sealed class ConflictsSectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        writer.WriteStartArray("conflicts");
        foreach (var conflict in briefing.Conflicts)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", conflict.Kind.ToString().ToLowerInvariant());
            writer.WriteString("about", conflict.About);
            writer.WriteStartArray("claims");
            foreach (var claim in conflict.Claims)
            {
                writer.WriteStartObject();
                writer.WriteString("article", claim.Article);
                writer.WriteNumber("start", claim.Start);
                writer.WriteNumber("end", claim.End);
                writer.WriteString("text", claim.Text);
                writer.WriteString("value", claim.Value);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
