namespace Triangulate.Render;

/// <summary>The output formats of a briefing.</summary>
public enum BriefingFormat
{
    Markdown,
    Json,
    Html,
}
