using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>"Only in …": per article, the facts no other source reports (capped, the rest counted), each with its article number.</summary>
internal static class UniqueFactsWriter
{
    private const int FactTextMax = 240;

    public static void Write(StringBuilder output, BriefingIndex index, CoverageListing listing)
    {
        foreach (var covered in listing.Articles.Where(a => a.Unique.Count > 0))
        {
            output.Append("### Only in ").Append(MarkdownText.Escape(BriefingIndex.Label(covered.Article)))
                .Append(" [").Append(covered.Number).Append("]\n\n");
            foreach (var fact in covered.Unique.Take(CoverageListing.PerArticleMax))
                output.Append("- ").Append(MarkdownText.Escape(MarkdownText.Shorten(fact.Text, FactTextMax))).Append(' ')
                    .Append(CitationNumbers.Of(index, [covered.Article.Id])).Append('\n');
            if (covered.Unique.Count > CoverageListing.PerArticleMax)
                output.Append("- and ").Append(covered.Unique.Count - CoverageListing.PerArticleMax).Append(" more\n");
            output.Append('\n');
        }
    }
}
