using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"facts": [ { "id", "text", "support", "citations": [ { "article", "start", "end" } ] } ].</summary>
internal sealed class FactsSectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        writer.WriteStartArray("facts");
        foreach (var fact in briefing.Facts)
        {
            writer.WriteStartObject();
            writer.WriteString("id", fact.Id);
            writer.WriteString("text", fact.Text);
            writer.WriteNumber("support", fact.Support);
            CitationsJson.Write(writer, fact.Citations);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
