using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"citations": [ { "article", "start", "end" } ], as every section that cites writes it.</summary>
internal static class CitationsJson
{
    public static void Write(Utf8JsonWriter writer, IEnumerable<Citation> citations)
    {
        writer.WriteStartArray("citations");
        foreach (var citation in citations)
        {
            writer.WriteStartObject();
            writer.WriteString("article", citation.Article);
            writer.WriteNumber("start", citation.Start);
            writer.WriteNumber("end", citation.End);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
