using System.Text;

namespace Triangulate.Render.Html;

/// <summary>Characterisations: per article, the evaluative descriptions it attributes, each with who said it and a citation button to its words.</summary>
internal static class CharacterisationsWriter
{
    public static void Write(StringBuilder output, HtmlContext context)
    {
        if (!context.Coverage.HasCharacterisations) return;
        output.Append("<h3>Characterisations</h3>\n<ul class=\"fact-list characterisations\">\n");
        foreach (var covered in context.Coverage.Articles.Where(a => a.Coverage.Characterisations.Count > 0))
        {
            output.Append("<li><strong>").Append(HtmlText.Encode(BriefingIndex.Label(covered.Article))).Append("</strong> <span class=\"role\">[")
                .Append(covered.Number).Append("]</span>\n<ul>\n");
            var items = covered.Coverage.Characterisations;
            for (var c = 0; c < items.Count; c++)
            {
                output.Append("<li><span class=\"quote-text\">“").Append(HtmlText.Encode(items[c].Text)).Append("”</span> — ")
                    .Append(BriefingIndex.NonBlank(items[c].Speaker) is { } speaker
                        ? "<span class=\"speaker\">" + HtmlText.Encode(speaker) + "</span>"
                        : "<span class=\"role\">speaker not named</span>")
                    .Append(' ');
                CitationButton.Write(output, context, items[c].Citation, $"characterisation-{covered.Number}-{c + 1}");
                output.Append("</li>\n");
            }
            output.Append("</ul>\n</li>\n");
        }
        output.Append("</ul>\n");
    }
}
