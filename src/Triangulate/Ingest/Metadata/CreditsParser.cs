using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// Reads a credit line: "With reporting by Reuters, AP, AFP, Interfax, and RIA Novosti",
/// "Reporting by Mark Trevelyan in London; Editing by Alex Richardson", "Additional reporting by X",
/// "Compiled by X", "Contributing: X". Returns the credited names (places after "in" dropped).
/// </summary>
internal static partial class CreditsParser
{
    private const string Label =
        @"(?:with (?:additional )?reporting (?:by|from)|with (?:files|inputs|input|contributions) from|(?:additional )?reporting (?:by|from)|writing by|written by|editing by|edited by|compiled by|graphics by|contributing(?: reporting)?(?: by)?|contributors?|additional reporting)";

    [GeneratedRegex(@"^\(?\s*" + Label + @"\s*:?\s+(?<list>.+?)\s*\)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    [GeneratedRegex(@"^\(?\s*" + Label + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"\s+(?:in|from)\s+[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex InPlace();

    private const int MaxLength = 300;

    public static bool TryParse(string line, out IReadOnlyList<string> credits)
    {
        credits = [];
        line = line.Trim();
        if (line.Length > MaxLength || !Start().IsMatch(line)) return false;
        var names = new List<string>();
        // Reuters style: several labelled segments separated by ";".
        foreach (var segment in line.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var m = Segment().Match(segment);
            if (!m.Success) return false;
            var list = NameList.Split(m.Groups["list"].Value, 6, InPlace());
            if (list is null) return false;
            names.AddRange(list.Select(n => OutletDirectory.Canonical(n) ?? n));
        }
        if (names.Count == 0) return false;
        credits = names;
        return true;
    }
}
