using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>One article object of the contract; shared by the briefing and by `extract`.</summary>
internal static class ArticleJsonWriter
{
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("source", article.Source);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("originalOutlet", article.OriginalOutlet);
        writer.WriteString("title", article.Title);
        WriteStrings(writer, "authors", article.Authors);
        writer.WriteString("published", article.Published?.ToIso());
        writer.WriteString("updated", article.Updated?.ToIso());
        writer.WriteString("url", article.Url);
        writer.WriteString("language", article.Language);
        writer.WriteBoolean("machineTranslated", article.MachineTranslated);
        WriteStrings(writer, "credits", article.Credits);
        writer.WriteStartArray("captions");
        foreach (var caption in article.Captions)
        {
            writer.WriteStartObject();
            writer.WriteString("text", caption.Text);
            writer.WriteString("credit", caption.Credit);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("body", article.Body);
        writer.WriteStartArray("removed");
        foreach (var removed in article.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString("text", removed.Text);
            writer.WriteString("reason", removed.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteProvenance(writer, article);
        writer.WriteEndObject();
    }

    /// <summary>"provenance": field name → where its value came from, only for fields that have one, in ordinal order.</summary>
    internal static void WriteProvenance(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject("provenance");
        foreach (var (field, label) in article.Provenance.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteString(field, label);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
