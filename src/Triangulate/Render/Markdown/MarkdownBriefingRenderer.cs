using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Markdown;

/// <summary>The briefing as CommonMark: title, summary with numbered citations, who said what, where sources disagree, numbers, coverage (when the comparison found any), sources, then one section per article.</summary>
public sealed class MarkdownBriefingRenderer : IBriefingRenderer
{
    private static readonly IMarkdownSectionWriter[] Sections =
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
        var index = new BriefingIndex(briefing);
        var output = new StringBuilder();
        foreach (var section in Sections) section.Write(output, index);
        // Exactly one trailing newline.
        while (output.Length > 0 && output[^1] == '\n') output.Length--;
        return output.Append('\n').ToString();
    }
}
