using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// Cues that a text came from another outlet: a copyright line ("© 2022 Bloomberg",
/// "Copyright 2022 The Associated Press. All rights reserved."), a wire dateline at the start of
/// a paragraph ("GENEVA (Reuters) -"), a sign-off line ("— Bloomberg"), a source line
/// ("Source: AFP"), and republication notices ("This story was originally published by X").
/// </summary>
internal static partial class SyndicationCueParser
{
    [GeneratedRegex(@"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?<year>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*,?\s*(?:provided by\s+)?(?<holder>[^.,|]{2,60}?)(?:,?\s*(?:l\.?p\.?|ltd\.?|inc\.?|llc|limited|gmbh|plc|ag|s\.?a\.?))?\.?(?:\s*all rights reserved\.?.*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}\p{Ll}\d .,'/-]{1,60}?\s*\((?<agency>[^()]{2,30})\)\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex WireDateline();

    [GeneratedRegex(@"^\(?(?<agency>[^()]{2,30})\)\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex BareWireDateline();

    [GeneratedRegex(@"^(?:[-–—]{1,2}\s*(?<agency>[\p{Lu}][\p{L} .-]{1,30})|source\s*:\s*(?<agency>[\p{Lu}][\p{L} ,/.-]{1,40}))\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(?:this|the) (?:story|article|report|piece|post|interview) (?:was |is |has been )?(?:originally |first )?(?:published|appeared|posted|produced|written)(?: originally| first)? (?:in|on|by|for|at) (?<outlet>(?:the )?[\p{Lu}][\p{L}\d&/.' -]{1,60}?)(?:[,.;]\s.*|\.?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Republished();

    /// <summary>Holder of a copyright line, or null when the line is not one.</summary>
    public static string? CopyrightHolder(string line)
    {
        if (line.Length > 200) return null;
        var m = Copyright().Match(line.Trim());
        if (!m.Success) return null;
        var holder = m.Groups["holder"].Value.Trim();
        return holder.Length > 0 && char.IsUpper(holder[0]) ? OutletDirectory.Canonical(holder) ?? holder : null;
    }

    /// <summary>A known agency in a wire dateline at the start of a paragraph ("GENEVA (Reuters) -"), or null.</summary>
    public static string? WireAgency(string paragraph)
    {
        var open = paragraph.IndexOf('(');
        if (open is < 0 or > 70) return null;
        var m = WireDateline().Match(paragraph);
        if (!m.Success) m = BareWireDateline().Match(paragraph);
        if (!m.Success) return null;
        var agency = m.Groups["agency"].Value.Trim();
        return OutletDirectory.KindOf(agency) == OutletKind.Agency ? OutletDirectory.Canonical(agency) : null;
    }

    /// <summary>A known agency on a sign-off or source line ("— Bloomberg", "Source: AFP", "Reuters" alone), or null.</summary>
    public static string? SignOffAgency(string line)
    {
        if (line.Length > 60) return null;
        line = line.Trim();
        // A line that is only a wire's name ("Reuters", "AFP") closes or heads the story it supplied.
        if (OutletDirectory.KindOf(line.TrimEnd('.')) == OutletKind.Agency) return OutletDirectory.Canonical(line.TrimEnd('.'));
        var m = SignOff().Match(line);
        if (!m.Success) return null;
        var names = NameList.Split(m.Groups["agency"].Value.Replace('/', ','), 4);
        var first = names?.Select(OutletDirectory.Canonical).FirstOrDefault(n => n is not null);
        return first is not null && OutletDirectory.KindOf(first) == OutletKind.Agency ? first : null;
    }

    /// <summary>The outlet named by a republication notice, or null.</summary>
    public static string? RepublishedFrom(string paragraph)
    {
        if (paragraph.Length > 300) return null;
        var m = Republished().Match(paragraph.Trim());
        if (!m.Success) return null;
        var outlet = m.Groups["outlet"].Value.Trim();
        if (outlet.StartsWith("the ", StringComparison.Ordinal)) outlet = "The " + outlet[4..];
        return NameList.LooksLikeName(outlet, 6) ? OutletDirectory.Canonical(outlet) ?? outlet : null;
    }
}
