using System.Text;

namespace Triangulate.Render.Html;

/// <summary>Timeline: each dated event with its date, its first article's words and a citation button per article.</summary>
internal sealed class TimelineSectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        output.Append("<section class=\"timeline\" aria-labelledby=\"timeline-heading\">\n<h2 id=\"timeline-heading\">Timeline</h2>\n");
        var timeline = context.Briefing.Timeline;
        if (timeline.Count == 0) output.Append("<p>No dated events found.</p>\n");
        else output.Append("<ol class=\"timeline-entries\">\n");
        for (var e = 0; e < timeline.Count; e++)
        {
            var entry = timeline[e];
            output.Append("<li><time>").Append(HtmlText.Encode(entry.Date)).Append("</time> ");
            if (entry.Disputed) output.Append("<span class=\"role\">(disputed)</span> ");
            output.Append("<span class=\"quote-text\">").Append(HtmlText.Encode(entry.Text)).Append("</span>");
            for (var c = 0; c < entry.Citations.Count; c++)
            {
                output.Append(' ');
                CitationButton.Write(output, context, entry.Citations[c], $"time-{e + 1}-{c + 1}");
            }
            output.Append("</li>\n");
        }
        if (timeline.Count > 0) output.Append("</ol>\n");
        output.Append("</section>\n");
    }
}
