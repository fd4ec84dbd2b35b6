namespace Triangulate.Ingest.Html;

/// <summary>
/// The words of an element's class and id ("article__share-bar", "relatedLinks" → article, share,
/// bar, related, Links), so rules match whole words rather than substrings. Words are spans into
/// the attribute, enumerated without allocation; compare them ignoring case.
/// </summary>
internal static class ClassTokens
{
    public static Enumerator Words(string? text) => new(text ?? "");

    /// <summary>Whether any word of <paramref name="text"/> is in <paramref name="words"/> (an ignore-case set).</summary>
    public static bool ContainsAny(string? text, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in Words(text))
            if (lookup.Contains(word)) return true;
        return false;
    }

    public ref struct Enumerator(string text)
    {
        private int next;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = next;
            while (i < text.Length && !char.IsAsciiLetter(text[i])) i++;
            if (i >= text.Length) { next = i; return false; }
            var start = i++;
            // A word ends at a non-letter or where camel case starts a new one ("relatedLinks").
            while (i < text.Length && char.IsAsciiLetter(text[i]) && !(char.IsAsciiLetterUpper(text[i]) && char.IsAsciiLetterLower(text[i - 1]))) i++;
            Current = text.AsSpan(start, i - start);
            next = i;
            return true;
        }
    }
}
