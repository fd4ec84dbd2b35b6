using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"timeline": [ { "date", "text", "disputed", "citations": [ { "article", "start", "end" } ] } ].</summary>
internal sealed class TimelineSectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        writer.WriteStartArray("timeline");
        foreach (var entry in briefing.Timeline)
        {
            writer.WriteStartObject();
            writer.WriteString("date", entry.Date);
            writer.WriteString("text", entry.Text);
            writer.WriteBoolean("disputed", entry.Disputed);
            CitationsJson.Write(writer, entry.Citations);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
