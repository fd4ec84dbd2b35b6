namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// Finds the headline. With a title from markup, the paragraph repeating it near the top leaves
/// the body. Without one, the first remaining paragraph is the headline when it looks like one:
/// a heading block, or a short line (3–30 words) that does not end like a sentence or lead-in
/// (".", ":", ",", ";") and has article text after it. A standfirst below the headline stays in
/// the body: it is the article's own text.
/// </summary>
internal static class TitleFinder
{
    private const int SearchDepth = 6;

    public static string? Find(CleaningContext context, string? markupTitle)
    {
        var kept = context.Paragraphs.Where(p => p.Kept).Take(SearchDepth + 1).ToList();
        if (markupTitle is not null)
        {
            var normalized = WhitespaceNormalizer.Normalize(markupTitle);
            foreach (var p in kept.Take(SearchDepth))
            {
                if (!SameTitle(p.Text, normalized)) continue;
                p.Reason = "title";
                break;
            }
            return markupTitle;
        }
        if (kept.Count < 2 || !LooksLikeHeadline(kept[0])) return null;
        kept[0].Reason = "title";
        return kept[0].Text;
    }

    /// <summary>Equal, or the markup title is the headline plus a " | Site" or " - Site" suffix.</summary>
    private static bool SameTitle(string paragraph, string title) =>
        paragraph.Equals(title, StringComparison.OrdinalIgnoreCase)
        || (paragraph.Length >= 15 && title.StartsWith(paragraph, StringComparison.OrdinalIgnoreCase)
            && title.AsSpan(paragraph.Length).TrimStart().IndexOfAny("|-–—:") == 0);

    private static bool LooksLikeHeadline(Paragraph p)
    {
        if (p.Kind == BlockKind.Heading) return p.Text.Length <= 300;
        var text = p.Text;
        if (text.Length > 200 || !(char.IsLetterOrDigit(text[0]) || text[0] is '"' or '\'' or '‘' or '“') || char.IsLower(text[0])) return false;
        if (text[^1] is '.' or ':' or ',' or ';' && !text.EndsWith("...", StringComparison.Ordinal)) return false;
        if (text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains("://", StringComparison.Ordinal) || text.Contains('@') || text.Contains('#'))
            return false;
        var words = text.Count(c => c == ' ') + 1;
        return words is >= 3 and <= 30 && !HasSentenceBreak(text);
    }

    /// <summary>"… its advertiser. All opinions …": two sentences are prose. "U.S. Says" is an abbreviation, not a break.</summary>
    private static bool HasSentenceBreak(string text)
    {
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i > 0 && i + 2 < text.Length; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            if (!char.IsUpper(text[i + 2])) continue;
            var start = i;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            var word = text.AsSpan(start, i - start);
            if (word.Length > 3 && char.IsLower(word[^1])) return true;
        }
        return false;
    }
}
