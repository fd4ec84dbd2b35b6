using System.Text.RegularExpressions;
using static Triangulate.Ingest.Html.HtmlMetadataReader;

namespace Triangulate.Ingest.Html;

/// <summary>
/// How an author text breaks into names: lists joined by commas, "and", "und", "&amp;", "et", a Spanish "y"
/// between two full names ("Ana Ruiz y José Luis Vega", not "Ortega y Gasset"); an agency code after
/// a slash ("Karl Probe/DPA") goes, a credit naming two agencies ("AFP/The Daily") stays.
/// </summary>
internal static partial class AuthorNameParts
{
    private static readonly string[] Separators = [",", ";", " and ", " & ", " und ", " et "];

    private static readonly HashSet<string> TeamWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Redaktion", "Team", "Webteam", "Onlineredaktion", "Online-Redaktion", "Editorial", "Staff", "Newsroom",
    };

    [GeneratedRegex(@"\s(?:am|on|um)\s+(?=\d|\p{L}+\.?,?\s+\d)", RegexOptions.CultureInvariant)]
    public static partial Regex DateAfter();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}.'-]*(?:\s+[\p{L}.'-]+)+)/[\p{Lu}][\p{Lu}\d-]{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyAfterSlash();

    [GeneratedRegex(@"^\p{L}[\p{L}\d._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    public static IEnumerable<string> Split(string text)
    {
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = part.IndexOf(" y ", StringComparison.Ordinal);
            if (at > 0 && Words(part[..at]) >= 2 && Words(part[(at + 3)..]) >= 2)
            {
                yield return Clean(part[..at]);
                yield return Clean(part[(at + 3)..]);
            }
            else yield return Clean(part);
        }
    }

    /// <summary>A single word of letters with some digits, at least three letters: "walker1975", "Jo2go".</summary>
    public static bool IsHandleWithDigits(string word) => Handle().IsMatch(word) && word.Count(char.IsLetter) >= 3;

    public static bool IsTeamWord(string word) => TeamWords.Contains(word);

    private static string Clean(string part) => AgencyAfterSlash().Match(part) is { Success: true } m ? m.Groups["name"].Value : part.Trim();
}
