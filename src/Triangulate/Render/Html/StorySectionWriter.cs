using System.Globalization;
using System.Text;

namespace Triangulate.Render.Html;

/// <summary>Title and the story's reference date.</summary>
internal sealed class StorySectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        var story = context.Briefing.Story;
        var date = story.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var count = context.Briefing.Articles.Count;
        output.Append("<header>\n<h1>").Append(HtmlText.Encode(story.Title)).Append("</h1>\n<p class=\"meta\">Reference date: ")
            .Append(date is null ? "unknown" : $"<time datetime=\"{date}\">{date}</time>")
            .Append(" · ").Append(count).Append(count == 1 ? " article" : " articles").Append("</p>\n</header>\n");
    }
}
