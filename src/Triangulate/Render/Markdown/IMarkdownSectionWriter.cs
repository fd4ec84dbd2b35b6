using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>Writes one section of the Markdown briefing; each section ends with a blank line.</summary>
internal interface IMarkdownSectionWriter
{
    void Write(StringBuilder output, BriefingIndex index);
}
