using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>Writes one top-level property of the briefing document (name and value).</summary>
internal interface IJsonSectionWriter
{
    void Write(Utf8JsonWriter writer, Briefing briefing);
}
