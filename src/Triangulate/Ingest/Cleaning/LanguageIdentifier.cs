using Lingua;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// ISO 639-1 language of a body. English, the common case, is decided cheaply from the share of
/// English function words, and languages with a script of their own from the script (see
/// <see cref="ScriptLanguage"/>); only other texts go to Lingua, restricted to the languages news
/// inputs are likely to use and built once on first need (its first detection costs ~0.7 s).
/// Null when Lingua cannot decide.
/// </summary>
internal static class LanguageIdentifier
{
    private const int SampleLength = 2000;
    private const int MinWords = 20;

    private static readonly HashSet<string> EnglishFunctionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "it", "at", "from",
        "he", "she", "they", "be", "are", "have", "has", "not", "but", "this", "will", "were", "an", "or", "which",
        "their", "its", "would", "been", "who", "said", "had", "his", "her", "we", "there", "after", "about",
    };

    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder
        .FromLanguages(Language.English, Language.German, Language.French, Language.Spanish, Language.Italian,
            Language.Portuguese, Language.Dutch, Language.Russian, Language.Ukrainian, Language.Polish,
            Language.Turkish, Language.Arabic)
        .Build());

    public static string? Identify(string body)
    {
        var sample = body.Length > SampleLength ? body[..SampleLength] : body;
        if (IsClearlyEnglish(sample)) return "en";
        if (ScriptLanguage.Identify(sample) is { } byScript) return byScript;
        var language = Detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : language.IsoCode6391().ToString().ToLowerInvariant();
    }

    /// <summary>At least a quarter of the words are English function words (English prose runs ~40 %, other languages under 10 %).</summary>
    internal static bool IsClearlyEnglish(string text)
    {
        var lookup = EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[8];
        int words = 0, hits = 0, start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            words++;
            var word = text.AsSpan(start, i - start);
            if (word.Length <= lower.Length)
            {
                var n = word.ToLowerInvariant(lower);
                if (lookup.Contains(lower[..n])) hits++;
            }
            start = -1;
        }
        return words >= MinWords && hits * 4 >= words;
    }
}
