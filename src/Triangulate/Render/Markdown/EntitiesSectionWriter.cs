using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>People and organisations: each name with its role, the other forms the articles use, and the articles that name it.</summary>
internal sealed class EntitiesSectionWriter : IMarkdownSectionWriter
{
    public void Write(StringBuilder output, BriefingIndex index)
    {
        output.Append("## People and organisations\n\n");
        var listed = EntityListing.Of(index.Briefing);
        if (listed.Count == 0)
        {
            output.Append("No names found in more than one article.\n\n");
            return;
        }
        foreach (var (entity, mentions) in listed)
        {
            output.Append("- **").Append(MarkdownText.Escape(entity.Name)).Append("**");
            if (entity.Role is { } role) output.Append(", ").Append(MarkdownText.Escape(role));
            output.Append(" (").Append(entity.Kind).Append(')');
            if (entity.Aliases.Count > 0) output.Append(" — also ").Append(MarkdownText.Escape(string.Join(", ", entity.Aliases)));
            output.Append(' ').Append(CitationNumbers.Of(index, mentions.Select(m => m.Article))).Append('\n');
        }
        output.Append('\n');
    }
}
