using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Markdown;

/// <summary>
/// Who said what: one heading per speaker (name and role), each quote with the numbers of the
/// articles that carry it, and the word diff of every wording that differs in substance.
/// </summary>
internal sealed class QuotesSectionWriter : IMarkdownSectionWriter
{
    public void Write(StringBuilder output, BriefingIndex index)
    {
        output.Append("## Who said what\n\n");
        if (index.Briefing.Quotes.Count == 0)
        {
            output.Append("No quotes found in the articles.\n\n");
            return;
        }
        foreach (var (speaker, quotes) in QuoteSpeakers.BySpeaker(index.Briefing.Quotes))
        {
            output.Append("### ").Append(speaker is null ? QuoteSpeakers.UnknownHeading : Heading(speaker)).Append("\n\n");
            foreach (var quote in quotes) WriteQuote(output, index, quote);
            output.Append('\n');
        }
    }

    private static string Heading(Speaker speaker) =>
        MarkdownText.Escape(speaker.Name) + (BriefingIndex.NonBlank(speaker.Role) is { } role ? ", " + MarkdownText.Escape(role) : "");

    private static void WriteQuote(StringBuilder output, BriefingIndex index, QuoteGroup quote)
    {
        var text = MarkdownText.Escape(quote.Text);
        output.Append("- ").Append(QuoteSpeakers.IsReported(quote) ? text + " (reported speech)" : text); // the text keeps its own quotation marks
        var numbers = CitationNumbers.Of(index, quote.Mentions.Select(m => m.Article));
        if (numbers.Length > 0) output.Append(' ').Append(numbers);
        // Wire copies carry the same quote: the reader should not take two copies for two witnesses.
        var articles = quote.Mentions.Select(m => m.Article).Distinct(StringComparer.Ordinal).Count();
        if (quote.Support >= 1 && quote.Support < articles)
            output.Append(" (").Append(articles).Append(" articles, ").Append(quote.Support).Append(quote.Support == 1 ? " source" : " sources").Append(')');
        output.Append('\n');
        foreach (var variant in quote.Variants.Where(v => v.Substantive))
            output.Append("  - Worded differently in ").Append(CitationNumbers.Of(index, [variant.Article])).Append(": ")
                .Append(MarkdownText.Escape(variant.Diff)).Append('\n');
    }
}
