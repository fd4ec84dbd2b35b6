using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>Left out: per article, the well-supported facts it does not report (shortened, capped), with the articles that do.</summary>
internal static class OmittedFactsWriter
{
    private const int FactTextMax = 100;

    public static void Write(StringBuilder output, BriefingIndex index, CoverageListing listing)
    {
        if (!listing.HasOmitted) return;
        output.Append("### Left out\n\n");
        foreach (var covered in listing.Articles.Where(a => a.Omitted.Count > 0))
        {
            output.Append("- **").Append(MarkdownText.Escape(BriefingIndex.Label(covered.Article))).Append("** [").Append(covered.Number).Append("] does not report:\n");
            foreach (var fact in covered.Omitted.Take(CoverageListing.PerArticleMax))
            {
                var numbers = CitationNumbers.Of(index, fact.Citations.Select(c => c.Article).OrderBy(index.Number));
                output.Append("  - ").Append(MarkdownText.Escape(MarkdownText.Shorten(fact.Text, FactTextMax)))
                    .Append(numbers.Length > 0 ? " (reported by " + numbers + ")" : "").Append('\n');
            }
            if (covered.Omitted.Count > CoverageListing.PerArticleMax)
                output.Append("  - and ").Append(covered.Omitted.Count - CoverageListing.PerArticleMax).Append(" more\n");
        }
        output.Append('\n');
    }
}
