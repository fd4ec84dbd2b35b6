using System.Globalization;
using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"story": { "title", "referenceDate" }.</summary>
internal sealed class StorySectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        writer.WriteStartObject("story");
        writer.WriteString("title", briefing.Story.Title);
        if (briefing.Story.ReferenceDate is { } date)
            writer.WriteString("referenceDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            writer.WriteNull("referenceDate");
        writer.WriteEndObject();
    }
}
