using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Html;

/// <summary>
/// Who said what: one heading per speaker (name and role), each quote with a citation button per
/// mention (the note shows the quote with its cue and speaker words), and the word diff of every
/// wording that differs in substance.
/// </summary>
internal sealed class QuotesSectionWriter : IHtmlSectionWriter
{
    public void Write(StringBuilder output, HtmlContext context)
    {
        output.Append("<section class=\"quotes\" aria-labelledby=\"quotes-heading\">\n<h2 id=\"quotes-heading\">Who said what</h2>\n");
        if (context.Briefing.Quotes.Count == 0) output.Append("<p>No quotes found in the articles.</p>\n");
        var number = 0;
        foreach (var (speaker, quotes) in QuoteSpeakers.BySpeaker(context.Briefing.Quotes))
        {
            output.Append("<h3>").Append(speaker is null ? QuoteSpeakers.UnknownHeading : HtmlText.Encode(speaker.Name));
            if (BriefingIndex.NonBlank(speaker?.Role) is { } role) output.Append(" <span class=\"role\">").Append(HtmlText.Encode(role)).Append("</span>");
            output.Append("</h3>\n<ul class=\"quote-list\">\n");
            foreach (var quote in quotes) WriteQuote(output, context, quote, ++number);
            output.Append("</ul>\n");
        }
        output.Append("</section>\n");
    }

    private static void WriteQuote(StringBuilder output, HtmlContext context, QuoteGroup quote, int number)
    {
        var text = HtmlText.Encode(quote.Text);
        output.Append("<li id=\"quote-").Append(HtmlText.Encode(quote.Id)).Append("\">")
            .Append(QuoteSpeakers.IsReported(quote) ? $"<span class=\"quote-text\">{text}</span> <span class=\"role\">(reported speech)</span>" : $"<span class=\"quote-text\">{text}</span>")
            .Append(' ');
        for (var m = 0; m < quote.Mentions.Count; m++)
            CitationButton.Write(output, context, HtmlContext.QuoteCitation(quote.Mentions[m]), $"quote-{number}-{m + 1}");
        foreach (var variant in quote.Variants.Where(v => v.Substantive))
            output.Append("\n<p class=\"variant\">Worded differently in [").Append(context.Index.Number(variant.Article)).Append("]: <code class=\"diff\">")
                .Append(HtmlText.Encode(variant.Diff)).Append("</code></p>");
        output.Append("</li>\n");
    }
}
