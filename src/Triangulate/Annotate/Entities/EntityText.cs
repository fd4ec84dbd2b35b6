namespace Triangulate.Annotate.Entities;

/// <summary>
/// Folds typographic characters to the plain ones of the training text (Reuters wire copy): curly
/// quotes and apostrophes to straight ones, dashes to a hyphen, so "Russia’s" and "Russia's" are one word.
/// </summary>
internal static class EntityText
{
    public static string Normalize(string word)
    {
        if (!word.AsSpan().ContainsAny(Typographic)) return word;
        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++) span[i] = Fold(w[i]);
        });
    }

    private static readonly System.Buffers.SearchValues<char> Typographic =
        System.Buffers.SearchValues.Create("\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u00AB\u00BB\u2013\u2014\u2012\u2015\u2212");

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2012' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
