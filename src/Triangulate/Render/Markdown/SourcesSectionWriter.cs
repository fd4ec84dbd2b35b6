using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Markdown;

/// <summary>The numbered list of articles the citations refer to.</summary>
internal sealed class SourcesSectionWriter : IMarkdownSectionWriter
{
    public void Write(StringBuilder output, BriefingIndex index)
    {
        output.Append("## Sources\n\n");
        var articles = index.Briefing.Articles;
        for (var i = 0; i < articles.Count; i++)
            output.Append('[').Append(i + 1).Append("] ").Append(Line(articles[i])).Append("  \n");
        output.Append('\n');
    }

    private static string Line(Article article)
    {
        var parts = new List<string> { "**" + MarkdownText.Escape(BriefingIndex.Label(article)) + "**" };
        if (BriefingIndex.NonBlank(article.Title) is { } title && article.Outlet is not null && title != article.Outlet)
            parts.Add("*" + MarkdownText.Escape(title) + "*");
        if (article.Published is { } published)
            parts.Add(ProvenanceLabel.Of(article, MetadataField.Published) is { } source
                ? published.ToIso() + " (" + MarkdownText.Escape(source) + ")"
                : published.ToIso());
        return string.Join(" — ", parts);
    }
}
