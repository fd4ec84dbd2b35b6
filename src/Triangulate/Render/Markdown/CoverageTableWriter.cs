using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>
/// Which source reports which fact: one row per fact two or more sources report (capped, the rest
/// counted), one column per article by its number, ✓ where the article reports it, and the number
/// of distinct sources (a wire story and its copies count once).
/// </summary>
internal static class CoverageTableWriter
{
    private const int FactTextMax = 140;

    public static void Write(StringBuilder output, BriefingIndex index, CoverageListing listing)
    {
        if (listing.MatrixFacts.Count == 0) return;
        var articles = index.Briefing.Articles;
        output.Append("### Reported by two or more sources\n\n| Fact |");
        for (var i = 0; i < articles.Count; i++) output.Append(" [").Append(i + 1).Append("] |");
        output.Append(" Sources |\n| --- |");
        for (var i = 0; i < articles.Count; i++) output.Append(" :-: |");
        output.Append(" --: |\n");
        foreach (var fact in listing.MatrixFacts)
        {
            output.Append("| ").Append(MarkdownText.Escape(MarkdownText.Shorten(fact.Text, FactTextMax))).Append(" |");
            foreach (var article in articles)
                output.Append(CoverageListing.CitationIn(fact, article.Id) is null ? "  |" : " ✓ |");
            output.Append(' ').Append(fact.Support).Append(" |\n");
        }
        output.Append("\nSources: the distinct sources that report the fact; a wire story and its copies count once.");
        if (listing.MoreMatrixFacts > 0)
            output.Append(' ').Append(listing.MoreMatrixFacts).Append(listing.MoreMatrixFacts == 1 ? " more fact is" : " more facts are")
                .Append(" reported by two or more sources (all are in the JSON output).");
        output.Append("\n\n");
    }
}
