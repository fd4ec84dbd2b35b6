namespace Triangulate.Render;

/// <summary>Article text on one line, and shortened at a word boundary for compact lists.</summary>
internal static class ShortText
{
    /// <summary>Line breaks and runs of spaces become one space.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>At most <paramref name="max"/> characters and an ellipsis, cut at a word boundary when one is near.</summary>
    public static string Of(string text, int max)
    {
        var s = OneLine(text);
        if (s.Length <= max) return s;
        var cut = s.LastIndexOf(' ', max);
        return s[..(cut > max / 2 ? cut : max)] + "…";
    }
}
