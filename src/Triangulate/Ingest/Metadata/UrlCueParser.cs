using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// The page's own address as the text states it: "Original url:" (the URL on the same line or
/// the next), "Source URL: …", "Permalink: …". A bare URL line is recognised too, so it can be
/// removed from the body, but only a labelled one says it is the page's address.
/// </summary>
internal static partial class UrlCueParser
{
    [GeneratedRegex(@"^(?:original (?:url|link|article)|source url|article url|url|permalink|canonical(?: url)?|link to (?:this|the) article)\s*:\s*(?<url>https?://\S+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^<?(?<url>https?://[^\s<>]+)>?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    /// <summary>True when the line is a URL label; <paramref name="url"/> is its URL when on the same line.</summary>
    public static bool IsLabel(string line, out string? url)
    {
        url = null;
        if (line.Length > 2100) return false;
        var m = Labelled().Match(line.Trim());
        if (!m.Success) return false;
        url = m.Groups["url"].Success ? m.Groups["url"].Value : null;
        return true;
    }

    /// <summary>The URL when the whole line is one, else null.</summary>
    public static string? BareUrl(string line)
    {
        if (line.Length > 2100) return null;
        var m = Bare().Match(line.Trim());
        return m.Success ? m.Groups["url"].Value : null;
    }
}
