using System.Globalization;

namespace Triangulate.Render.Markdown;

/// <summary>Citations as article numbers, "[1][3]": each known article once, in the order given.</summary>
internal static class CitationNumbers
{
    public static string Of(BriefingIndex index, IEnumerable<string> articleIds) =>
        string.Concat(articleIds.Select(index.Number).Where(n => n > 0).Distinct()
            .Select(n => string.Create(CultureInfo.InvariantCulture, $"[{n}]")));
}
