namespace Triangulate.Ingest.Html;

/// <summary>
/// The words of an element's class and id ("article__share-bar", "relatedLinks" → article, share,
/// bar, related, links), lower-cased, so rules can match whole words rather than substrings.
/// </summary>
internal static class ClassTokens
{
    public static List<string> Of(string? classAndId)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(classAndId)) return tokens;
        var start = -1;
        for (var i = 0; i <= classAndId.Length; i++)
        {
            var c = i < classAndId.Length ? classAndId[i] : ' ';
            var boundary = !char.IsAsciiLetter(c) || (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(classAndId[i - 1]));
            if (boundary && start >= 0)
            {
                tokens.Add(classAndId[start..i].ToLowerInvariant());
                start = -1;
            }
            if (char.IsAsciiLetter(c) && start < 0) start = i;
        }
        return tokens;
    }
}
