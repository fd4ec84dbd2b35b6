namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// Languages told apart by their writing system alone: Hangul is Korean, kana is Japanese,
/// Han without kana is Chinese, and Greek, Hebrew, Thai, Georgian and Armenian scripts each
/// belong to one language. Needs most letters in that script; mixed or Latin/Cyrillic/Arabic
/// text is left to the statistical detector.
/// </summary>
internal static class ScriptLanguage
{
    public static string? Identify(ReadOnlySpan<char> text)
    {
        int letters = 0, hangul = 0, kana = 0, han = 0, greek = 0, hebrew = 0, thai = 0, georgian = 0, armenian = 0, devanagari = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            switch (c)
            {
                case >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF': hangul++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF': han++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
                case >= '\u10A0' and <= '\u10FF': georgian++; break;
                case >= '\u0530' and <= '\u058F': armenian++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
            }
        }
        if (letters == 0) return null;
        bool Most(int n) => n * 2 > letters;
        if (Most(hangul)) return "ko";
        if (Most(kana + han) && kana * 20 > letters) return "ja";
        if (Most(han)) return "zh";
        if (Most(greek)) return "el";
        if (Most(hebrew)) return "he";
        if (Most(thai)) return "th";
        if (Most(georgian)) return "ka";
        if (Most(armenian)) return "hy";
        if (Most(devanagari)) return "hi";
        return null;
    }
}
