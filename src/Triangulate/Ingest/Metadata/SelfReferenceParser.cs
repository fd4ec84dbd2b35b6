using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// Finds the site's own name where a page talks about itself: its newsletters ("Moneyweb
/// newsletters", "Sign up for the Guardian's newsletter"), its about-us blurb ("RFE/RL
/// journalists report … We provide …"), legal designations ("X has been declared an
/// 'undesirable organization'"), its social accounts and apps ("Follow X on Twitter").
/// </summary>
internal static partial class SelfReferenceParser
{
    private const string Word = @"[\p{Lu}][\p{L}\d/&.-]*(?:['’][\p{Lu}][\p{L}]*)?";
    private const string Name = @"(?<name>" + Word + @"(?:\s+" + Word + "){0,3})";

    [GeneratedRegex(@"^" + Name + @"(?:'s|’s)?\s+newsletters?$", RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterName();

    [GeneratedRegex(@"^(?i:sign up|subscribe|register) (?:for|to) (?i:the )?" + Name + @"(?:'s|’s)? (?:\w+ ){0,2}(?i:newsletters?|bulletin|briefing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterSignUp();

    [GeneratedRegex(@"^" + Name + @" (?:journalists|reporters|correspondents) (?:report|cover|work)\b.*\b(?i:we|our)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AboutUs();

    [GeneratedRegex(@"^" + Name + @" (?:has been|was|is) (?:declared|designated|labell?ed|branded|listed as|recognized as|recognised as) (?:an? |as an? )?[""“'‘]?(?:undesirable|foreign agent|extremist)", RegexOptions.CultureInvariant)]
    private static partial Regex Designation();

    [GeneratedRegex(@"^(?i:follow|like) " + Name + @" on (?i:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok)\b|^(?i:download|get) the " + Name + @" app\b", RegexOptions.CultureInvariant)]
    private static partial Regex Social();

    /// <summary>Words that begin generic newsletter labels ("Daily newsletters"), not names.</summary>
    private static readonly HashSet<string> Generic = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "our", "the", "daily", "weekly", "free", "email", "e-mail", "breaking", "news", "morning", "evening", "latest", "top",
        "popular", "all", "more", "other", "your", "my", "sign", "subscribe", "us", "we", "follow", "get",
    };

    /// <summary>The outlet a paragraph names as the site itself, or null.</summary>
    public static string? OutletName(string paragraph)
    {
        if (paragraph.Length > 600) return null;
        foreach (var regex in (ReadOnlySpan<Regex>)[NewsletterName(), NewsletterSignUp(), AboutUs(), Designation(), Social()])
        {
            var m = regex.Match(paragraph);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value.Trim();
            if (name.Length < 2 || Generic.Contains(name.Split(' ')[0])) continue;
            return OutletDirectory.Canonical(name) ?? name;
        }
        return null;
    }
}
