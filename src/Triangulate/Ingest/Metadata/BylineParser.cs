using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// Reads a byline line: "By A, B and C for AFP", "By Jane Doe, Reuters", "Reported by: X",
/// "Words by X", "Von X", "Ein Artikel von X | 16.09.2019" … A person needs at least two words ("By Monday" is not a byline);
/// a single known organisation ("By Reuters", "By AFP Staff") names the outlet instead.
/// Roles after a comma ("Staff Writer", "Moscow correspondent") are dropped; places after
/// "in" too, and a role before a name ("Autor: Rechtsanwalt X").
/// </summary>
internal static partial class BylineParser
{
    [GeneratedRegex(@"^(?:by|written by|words by|reported by|story by|text by|report by|posted by|von|par|por|di|door|autor|autorin|author|authors|redaktion|geschrieben von|verfasst von|(?:ein(?:e|en)?\s+)?(?:artikel|beitrag|blogbeitrag|blog-beitrag|blog beitrag|gastbeitrag|kolumne|kommentar|gastkommentar|bericht|analyse|reportage|essay|text)\s+von)\s*:?\s+(?<rest>.+?)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(?<head>.+?)\s+for\s+(?<outlet>(?:the\s+)?[\p{Lu}][^,;|]{0,50})$", RegexOptions.CultureInvariant)]
    private static partial Regex ForOutlet();

    [GeneratedRegex(@"^(?<head>.+?)\s*(?:,|\||/|\s-\s|—|–)\s*(?<tail>[^,|/—–]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LastSegment();

    [GeneratedRegex(@"\s+in\s+[\p{Lu}][\p{L} .-]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex InPlace();

    [GeneratedRegex(@"\b(?:writer|correspondent|editor|reporter|staff|contributor|columnist|journalist|producer|analyst|bureau|chief|desk|team)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"\s(?:and|&|und|et|y|e)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\s(?:am|on|um)\s+(?=\d|\p{L}+\.?,?\s+\d).*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"\s*\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParenthesis();

    private const int MaxLength = 160;

    public static bool TryParse(string line, out Byline byline)
    {
        byline = null!;
        // "- Redaktion: X" after a date, "· von X": the separator before the byline is layout.
        line = line.Trim().TrimStart('-', '–', '—', '|', '·', '•', ' ');
        if (line.Length > MaxLength) return false;
        var lead = Lead().Match(line);
        if (!lead.Success) return false;
        // "Von X am 3. Mai 2016", "Redaktion: X (Pressesprecher)": the date and the role in brackets go.
        var rest = TrailingParenthesis().Replace(DateAfter().Replace(lead.Groups["rest"].Value, ""), "");

        // "By Reuters", "By AFP Staff": the organisation is the author.
        var org = Role().Replace(rest, "").Trim();
        if (OutletDirectory.Canonical(org) is { } organisation)
        {
            byline = new Byline([], organisation);
            return true;
        }

        string? outlet = null;
        var forOutlet = ForOutlet().Match(rest);
        if (forOutlet.Success && NameList.LooksLikeName(StripThe(forOutlet.Groups["outlet"].Value), 6))
        {
            outlet = OutletName(forOutlet.Groups["outlet"].Value);
            rest = forOutlet.Groups["head"].Value;
        }
        // Trailing segments: a role ("Staff Writer") is dropped, a known organisation is the outlet.
        for (var i = 0; i < 2; i++)
        {
            var last = LastSegment().Match(rest);
            if (!last.Success) break;
            var tail = last.Groups["tail"].Value.Trim();
            // A role ("Staff Writer") or a date and time ("16.09.2019 - 07:05") after the name goes.
            if (Role().IsMatch(tail) || tail.Any(char.IsDigit)) rest = last.Groups["head"].Value;
            else if (outlet is null && OutletDirectory.Canonical(tail) is { } agency) { outlet = agency; rest = last.Groups["head"].Value; }
            else break;
        }
        rest = InPlace().Replace(rest, "");
        var names = NameList.Split(rest)?.Select(RolePrefix.Strip).ToList();
        // "By Nada Tawfik, New York": without "and" a list of several is one name and a place or role.
        if (names is { Count: > 1 } && !Conjunction().IsMatch(rest)) names = [names[0]];
        if (names is null || names.Any(n => n.Split(' ').Length < 2 && OutletDirectory.Canonical(n) is null)) return false;
        var authors = names.Where(n => OutletDirectory.Canonical(n) is null).ToList();
        outlet ??= names.Select(OutletDirectory.Canonical).FirstOrDefault(n => n is not null);
        byline = new Byline(authors, outlet);
        return authors.Count > 0 || outlet is not null;
    }

    private static string StripThe(string text) => text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;

    /// <summary>"the Guardian" → "The Guardian" (or the table's canonical name).</summary>
    private static string OutletName(string text)
    {
        text = text.Trim().TrimEnd('.');
        if (OutletDirectory.Canonical(text) is { } known) return known;
        if (text.StartsWith("the ", StringComparison.Ordinal)) text = "The " + text[4..];
        return OutletDirectory.Canonical(text) ?? text;
    }
}
