using System.Globalization;
using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>Title line and the story's reference date.</summary>
internal sealed class StorySectionWriter : IMarkdownSectionWriter
{
    public void Write(StringBuilder output, BriefingIndex index)
    {
        var story = index.Briefing.Story;
        output.Append("# ").Append(MarkdownText.Escape(story.Title)).Append("\n\n");
        var date = story.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
        var count = index.Briefing.Articles.Count;
        output.Append(CultureInfo.InvariantCulture,
            $"Reference date: {date} · {count} {(count == 1 ? "article" : "articles")}\n\n");
    }
}
