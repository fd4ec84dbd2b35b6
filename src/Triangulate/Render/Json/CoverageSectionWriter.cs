using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>
/// "coverage": [ { "article", "source", "copyOf", "uniqueFacts": [id], "omittedFacts": [id], "framing": [str],
/// "characterisations": [ { "text", "speaker", "citation": { "article", "start", "end" } } ] } ].
/// </summary>
internal sealed class CoverageSectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        writer.WriteStartArray("coverage");
        foreach (var coverage in briefing.Coverage)
        {
            writer.WriteStartObject();
            writer.WriteString("article", coverage.Article);
            writer.WriteString("source", coverage.Source);
            writer.WriteString("copyOf", coverage.CopyOf);
            Strings(writer, "uniqueFacts", coverage.UniqueFacts);
            Strings(writer, "omittedFacts", coverage.OmittedFacts);
            Strings(writer, "framing", coverage.Framing);
            writer.WriteStartArray("characterisations");
            foreach (var characterisation in coverage.Characterisations)
            {
                writer.WriteStartObject();
                writer.WriteString("text", characterisation.Text);
                writer.WriteString("speaker", characterisation.Speaker);
                CitationsJson.WriteOne(writer, "citation", characterisation.Citation);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
