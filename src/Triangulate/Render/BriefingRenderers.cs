using Triangulate.Model;
using Triangulate.Render.Html;
using Triangulate.Render.Json;
using Triangulate.Render.Markdown;

namespace Triangulate.Render;

/// <summary>Picks the renderer for a format.</summary>
public static class BriefingRenderers
{
    public static IBriefingRenderer For(BriefingFormat format) => format switch
    {
        BriefingFormat.Markdown => new MarkdownBriefingRenderer(),
        BriefingFormat.Json => new JsonBriefingRenderer(),
        BriefingFormat.Html => new HtmlBriefingRenderer(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };

    public static string Render(Briefing briefing, BriefingFormat format) => For(format).Render(briefing);
}
