using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"quantities": [ { "about", "values": [ { "article", "start", "end", "text", "value", "approx" } ] } ].</summary>
internal sealed class QuantitiesSectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        writer.WriteStartArray("quantities");
        foreach (var group in briefing.Quantities)
        {
            writer.WriteStartObject();
            writer.WriteString("about", group.About);
            writer.WriteStartArray("values");
            foreach (var value in group.Values)
            {
                writer.WriteStartObject();
                writer.WriteString("article", value.Article);
                writer.WriteNumber("start", value.Start);
                writer.WriteNumber("end", value.End);
                writer.WriteString("text", value.Text);
                writer.WriteNumber("value", value.Value);
                writer.WriteString("approx", ApproximationText.Of(value.Approx));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
