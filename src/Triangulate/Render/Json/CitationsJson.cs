using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"citations": [ { "article", "start", "end" } ], as every section that cites writes it (and "citation": { … } for one).</summary>
internal static class CitationsJson
{
    public static void Write(Utf8JsonWriter writer, IEnumerable<Citation> citations)
    {
        writer.WriteStartArray("citations");
        foreach (var citation in citations)
        {
            writer.WriteStartObject();
            WriteFields(writer, citation);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    public static void WriteOne(Utf8JsonWriter writer, string name, Citation citation)
    {
        writer.WriteStartObject(name);
        WriteFields(writer, citation);
        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, Citation citation)
    {
        writer.WriteString("article", citation.Article);
        writer.WriteNumber("start", citation.Start);
        writer.WriteNumber("end", citation.End);
    }
}
