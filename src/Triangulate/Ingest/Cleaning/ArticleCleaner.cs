using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// <see cref="DocumentDraft"/> → <see cref="Article"/>: removes boilerplate (listing each removal
/// with its reason), reads metadata from text cues, and builds the body (paragraphs joined by a
/// blank line, whitespace inside a paragraph collapsed). Minimal first version.
/// </summary>
public static partial class ArticleCleaner
{
    public static Article Clean(DocumentDraft draft)
    {
        var paragraphs = draft.Blocks
            .Select(b => Whitespace().Replace(b.Text, " ").Trim())
            .Where(t => t.Length > 0)
            .ToList();
        var body = string.Join("\n\n", paragraphs);
        return new Article
        {
            Id = ArticleIds.ForBody(body),
            Source = draft.Source,
            Title = draft.Metadata.Title,
            Body = body,
            Removed = draft.Removed,
        };
    }

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
