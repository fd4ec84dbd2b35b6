using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>"articles": [ … ] in briefing order.</summary>
internal sealed class ArticlesSectionWriter : IJsonSectionWriter
{
    public void Write(Utf8JsonWriter writer, Briefing briefing)
    {
        writer.WriteStartArray("articles");
        foreach (var article in briefing.Articles) ArticleJsonWriter.Write(writer, article);
        writer.WriteEndArray();
    }
}
