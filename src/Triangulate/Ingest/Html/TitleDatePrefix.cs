using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Html;

/// <summary>
/// "23.01.2022 - Headline", "2022-01-23 | Headline": a press room that numbers its releases by date puts the
/// date before the headline; the date is the release's, not a word of its headline. A day without a year
/// ("30.11. | Book of the week") is a column's name and stays.
/// </summary>
internal static partial class TitleDatePrefix
{
    [GeneratedRegex(@"^(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*(?:[-–—|:·•]\s*)(?=\S)")]
    private static partial Regex DateThenSeparator();

    public static string Without(string title)
    {
        var match = DateThenSeparator().Match(title);
        if (!match.Success) return title;
        var rest = title[match.Length..];
        return rest.Count(c => c == ' ') >= 1 && rest.Any(char.IsLetter) ? rest : title;
    }
}
