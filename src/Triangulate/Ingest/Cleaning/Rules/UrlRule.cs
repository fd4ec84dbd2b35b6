using Triangulate.Ingest.Metadata;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// "Original url:" and the URL after it (same line or next) give the page's address; any other
/// line that is only a URL is link residue and leaves the body too.
/// </summary>
internal sealed class UrlRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index)
    {
        var paragraphs = context.Paragraphs;
        var text = paragraphs[index].Text;
        if (UrlCueParser.IsLabel(text, out var url))
        {
            if (url is null && index + 1 < paragraphs.Count && UrlCueParser.BareUrl(paragraphs[index + 1].Text) is { } next)
            {
                url = next;
                paragraphs[index + 1].Reason = "url";
            }
            if (url is not null) context.Facts.Url ??= url;
            return "url";
        }
        return UrlCueParser.BareUrl(text) is not null ? "url" : null;
    }
}
