using System.Text;

namespace Triangulate.Render.Html;

/// <summary>People and organisations: each name with its role and other forms, and a citation button to its first mention in each article.</summary>
internal sealed class EntitiesSectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        output.Append("<section class=\"entities\" aria-labelledby=\"entities-heading\">\n<h2 id=\"entities-heading\">People and organisations</h2>\n");
        var listed = context.ListedEntities;
        if (listed.Count == 0) output.Append("<p>No names found in more than one article.</p>\n");
        else output.Append("<ul class=\"entity-list\">\n");
        for (var e = 0; e < listed.Count; e++)
        {
            var (entity, mentions) = listed[e];
            output.Append("<li><strong>").Append(HtmlText.Encode(entity.Name)).Append("</strong>");
            if (entity.Role is { } role) output.Append(", <span class=\"role\">").Append(HtmlText.Encode(role)).Append("</span>");
            output.Append(" <span class=\"role\">(").Append(HtmlText.Encode(entity.Kind)).Append(")</span>");
            if (entity.Aliases.Count > 0) output.Append(" — also ").Append(HtmlText.Encode(string.Join(", ", entity.Aliases)));
            for (var a = 0; a < mentions.Count; a++)
            {
                output.Append(' ');
                CitationButton.Write(output, context, mentions[a], $"entity-{e + 1}-{a + 1}");
            }
            output.Append("</li>\n");
        }
        if (listed.Count > 0) output.Append("</ul>\n");
        output.Append("</section>\n");
    }
}
