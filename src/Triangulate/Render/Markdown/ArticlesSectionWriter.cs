using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Markdown;

/// <summary>
/// One compact section per article: what the source says about itself, each value followed by where it
/// was read in parentheses ("json-ld datePublished"), and what ingest removed and why.
/// </summary>
internal sealed class ArticlesSectionWriter : IMarkdownSectionWriter
{
    private const int RemovedTextMax = 120;

    public void Write(StringBuilder output, BriefingIndex index)
    {
        output.Append("## Articles\n\n");
        var articles = index.Briefing.Articles;
        for (var i = 0; i < articles.Count; i++) WriteArticle(output, i + 1, articles[i]);
    }

    private static void WriteArticle(StringBuilder output, int number, Article article)
    {
        output.Append("### [").Append(number).Append("] ")
            .Append(MarkdownText.Escape(BriefingIndex.NonBlank(article.Title) ?? BriefingIndex.Label(article))).Append("\n\n");
        if (BriefingIndex.NonBlank(article.Title) is not null) Field(output, "Title from", ProvenanceLabel.Of(article, MetadataField.Title));
        Field(output, "Outlet", article.Outlet, Source(article, MetadataField.Outlet));
        Field(output, "Original outlet", article.OriginalOutlet, Source(article, MetadataField.OriginalOutlet));
        Field(output, "Published", article.Published?.ToIso(), Source(article, MetadataField.Published));
        Field(output, "Updated", article.Updated?.ToIso(), Source(article, MetadataField.Updated));
        Field(output, "Authors", article.Authors.Count == 0 ? null : string.Join(", ", article.Authors), Source(article, MetadataField.Authors));
        Field(output, "Language", article.Language, Source(article, MetadataField.Language));
        if (article.MachineTranslated) output.Append("- Machine-translated: yes\n");
        Field(output, "Credits", article.Credits.Count == 0 ? null : string.Join("; ", article.Credits));
        Field(output, "URL", article.Url, Source(article, MetadataField.Url));
        Field(output, "Source", article.Source);
        output.Append("- Words: ").Append(WordCount(article.Body)).Append('\n');
        if (article.Removed.Count > 0)
        {
            output.Append("- Removed (").Append(article.Removed.Count).Append("):\n");
            foreach (var removed in article.Removed)
                output.Append("  - ").Append(MarkdownText.Escape(removed.Reason)).Append(": ")
                    .Append(MarkdownText.Escape(MarkdownText.Shorten(removed.Text, RemovedTextMax))).Append('\n');
        }
        output.Append('\n');
    }

    private static void Field(StringBuilder output, string name, string? value, string? source = null)
    {
        if (BriefingIndex.NonBlank(value) is not { } text) return;
        output.Append("- ").Append(name).Append(": ").Append(MarkdownText.Escape(text));
        if (source is not null) output.Append(" (").Append(MarkdownText.Escape(source)).Append(')');
        output.Append('\n');
    }

    private static string? Source(Article article, string field) => ProvenanceLabel.Of(article, field);

    private static int WordCount(string body) =>
        body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
}
