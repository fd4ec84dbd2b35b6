using System.Text;

namespace Triangulate.Render.Markdown;

/// <summary>Headlines side by side: each article's label and number, its title, the evaluative words of its headline, and notes on how it counts.</summary>
internal static class HeadlinesWriter
{
    public static void Write(StringBuilder output, BriefingIndex index, CoverageListing listing)
    {
        if (listing.Articles.Count == 0) return;
        output.Append("### Headlines\n\n");
        foreach (var covered in listing.Articles)
        {
            var article = covered.Article;
            output.Append("- **").Append(MarkdownText.Escape(BriefingIndex.Label(article))).Append("** [").Append(covered.Number).Append(']');
            if (BriefingIndex.NonBlank(article.Title) is { } title && title != BriefingIndex.Label(article))
                output.Append(": *").Append(MarkdownText.Escape(title)).Append('*');
            if (covered.Coverage.Framing.Count > 0)
                output.Append(" — framing: ").AppendJoin(", ", covered.Coverage.Framing.Select(w => "“" + MarkdownText.Escape(w) + "”"));
            var notes = Notes(index, covered);
            if (notes.Count > 0) output.Append(" (").AppendJoin("; ", notes).Append(')');
            output.Append('\n');
        }
        output.Append('\n');
    }

    private static List<string> Notes(BriefingIndex index, CoveredArticle covered)
    {
        var notes = new List<string>();
        if (covered.Coverage.CopyOf is { } copyOf && index.Number(copyOf) > 0)
            notes.Add("wire copy of " + CitationNumbers.Of(index, [copyOf]));
        if (CoverageListing.CountedAs(covered, index) is { } source) notes.Add("counted as " + MarkdownText.Escape(source));
        if (covered.Article.MachineTranslated) notes.Add("machine-translated");
        return notes;
    }
}
