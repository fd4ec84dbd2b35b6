using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"summary": [ { "text", "citations": [ { "article", "start", "end" } ], "fact", "support" } ]; "fact" is null when no fact was aligned.</summary>
internal sealed class SummarySectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        writer.WriteStartArray("summary");
        foreach (var sentence in briefing.Summary)
        {
            writer.WriteStartObject();
            writer.WriteString("text", sentence.Text);
            CitationsJson.Write(writer, sentence.Citations);
            if (sentence.Fact is null) writer.WriteNull("fact"); else writer.WriteString("fact", sentence.Fact);
            writer.WriteNumber("support", sentence.Support);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
