using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Html;

/// <summary>
/// The briefing as one self-contained HTML file: inline style and script only, a
/// Content-Security-Policy that forbids every network load, and all article text escaped.
/// Each citation is a button that shows, on hover, focus or click, the cited words and their outlet.
/// </summary>
public sealed class HtmlBriefingRenderer : IBriefingRenderer
{
    private static readonly IHtmlSectionWriter[] Sections =
    [
        new StorySectionWriter(),
        new SummarySectionWriter(),
        new QuotesSectionWriter(),
        new TimelineSectionWriter(),
        new EntitiesSectionWriter(),
        new ConflictsSectionWriter(),
        new NumbersSectionWriter(),
        new CoverageSectionWriter(),
        new SourcesSectionWriter(),
        new ArticlesSectionWriter(),
    ];

    public string Render(Briefing briefing)
    {
        var context = new HtmlContext(briefing);
        var output = new StringBuilder();
        output.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(HtmlAssets.ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"generator\" content=\"Triangulate\">\n")
            .Append("<title>").Append(HtmlText.Encode(briefing.Story.Title)).Append(" — briefing</title>\n")
            .Append("<style>").Append(HtmlAssets.Style).Append("</style>\n</head>\n<body>\n<main>\n");
        foreach (var section in Sections) section.Write(output, context);
        output.Append("</main>\n<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        return output.ToString();
    }
}
