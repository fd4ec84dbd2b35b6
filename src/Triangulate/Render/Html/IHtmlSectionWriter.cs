using System.Text;

namespace Triangulate.Render.Html;

/// <summary>Writes one section of the HTML report. All article-derived text goes through <see cref="HtmlText.Encode"/>.</summary>
internal interface IHtmlSectionWriter
{
    void Write(StringBuilder output, HtmlContext context);
}
