using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// The table of web boilerplate families. Each pattern is anchored to the whole paragraph and
/// capped in length, so it matches page furniture ("Advertisement", "Follow us:", "Subscribe to
/// our mailing list") and never a sentence of an article that merely mentions such words.
/// Add a family by adding a pattern and a row; keep patterns general, never one site's wording.
/// </summary>
internal static partial class BoilerplatePatterns
{
    // Patterns are written in lower case and run on the lower-cased paragraph: case-sensitive
    // matching keeps the generated matchers small and fast.
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>The reason of the first family matching the paragraph, or null.</summary>
    public static string? ReasonFor(string paragraph)
    {
        if (paragraph.Length > LongestMatch) return null;
        var lower = paragraph.ToLowerInvariant();
        foreach (var pattern in All)
            if (pattern.Matches(lower)) return pattern.Reason;
        return null;
    }

    public static IReadOnlyList<BoilerplatePattern> All { get; } =
    [
        new("navigation", 80, Navigation()),
        new("navigation", 120, LinkPrompt()),
        new("subscription prompt", 300, Subscription()),
        new("comment prompt", 200, CommentPrompt()),
        new("newsletter sign-up", 160, Newsletter()),
        new("advertising", 80, Advertising()),
        new("broadcaster disclaimer", 700, Disclaimer()),
        new("broadcaster disclaimer", 700, LegalWarning()),
        new("related link", 250, RelatedLink()),
        new("image placeholder", 40, ImagePlaceholder()),
        new("cookie notice", 400, CookieNotice()),
        new("social prompt", 120, SocialPrompt()),
        new("dateline", 60, RelativeTimestamp()),
        new("separator", 80, Separator()),
    ];

    private static readonly int LongestMatch = All.Max(p => p.MaxLength);

    [GeneratedRegex(@"^(?:accessibility links|skip to (?:the )?(?:main )?(?:content|navigation|article)|skip navigation|main menu|menu|navigation|search|search (?:articles|the site|news)?:?|search for:?|click a company:?|home(?:page)?|back to top|print(?: this)?(?: article| page| story)?|copy link|link copied|tags?:.*|topics?:|sections?|latest(?: news| stories)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|breaking(?: news)?|live|top stories|more stories|more from .{1,40}|read more|show more|load more|see more|next (?:article|story)|previous (?:article|story)|instrument details|log ?in|sign ?in|register|log ?out|my account|close|open menu|toggle navigation|listen(?: to this (?:article|story))?|\d+ min(?:ute)?s? read|font size:?|text size|all rights reserved\.?|privacy policy|terms (?:of (?:use|service)|and conditions)|contact us|about us|site map|sitemap|advertise(?: with us)?|jump to comments|go to comments|our standards:.{0,80})$", Options)]
    private static partial Regex Navigation();

    [GeneratedRegex(@"^(?:you (?:do not|don't) have (?:any|an?) [\w\s-]{1,40}, please create one here\.?|(?:to|for) (?:find out|learn|read|see) more,? click here\.?|click here(?: to [\w\s]{1,60})?\.?|tap here to .{1,60})$", Options)]
    private static partial Regex LinkPrompt();

    [GeneratedRegex(@"^(?:subscribe(?: now| today| here)?!?|already (?:a subscriber|have an account)\??(?:\s*(?:log|sign) in.*)?|become a (?:member|subscriber|supporter)\b.*|subscribe (?:to|for) (?:read|continue|unlock|get|unlimited|full)\b.*|this (?:article|content|story) is (?:only )?(?:for|available (?:to|for)|reserved for) (?:our )?(?:paying )?(?:subscribers|members)(?: only)?\.?|(?:subscribers|members) only|support (?:our|independent|quality) journalism\b.*|to continue reading\b.*|continue reading (?:with|for)\b.*|you have reached (?:your|the) (?:limit|maximum)\b.*|(?:start|get|begin) your free trial\b.*|unlock (?:this|unlimited|full) (?:article|access|story)\b.*|you(?:'ve| have) (?:\d+|one|two|three) free articles? left.*)$", Options)]
    private static partial Regex Subscription();

    [GeneratedRegex(@"^(?:(?:\d+\s+)?comments?|leave a (?:comment|reply)|add (?:a )?comment|join the (?:conversation|discussion|debate)\.?|comments are (?:now )?closed\.?|(?:show|view|hide|load) comments(?: \(\d+\))?|post a comment|you must be (?:signed|logged) in\b.{0,80}\bto (?:comment|post|reply)\.?|(?:please )?(?:sign|log) in to (?:comment|reply|join)\b.*|be the first to comment\b.*|commenting (?:has been|is) (?:disabled|closed)\b.*)$", Options)]
    private static partial Regex CommentPrompt();

    [GeneratedRegex(@"^(?:subscribe to (?:our|the) (?:[\w-]+ ){0,3}(?:mailing list|newsletters?|e-?mail(?: alerts)?)\.?|sign up (?:for|to) (?:our|the|a) .{0,60}(?:newsletters?|briefing|bulletin)\b.*|get (?:our|the) .{0,40}newsletter\b.*|newsletters?|[\p{L}\d/&.'’ -]{2,40} newsletters?|\* ?indicates required(?: fields?)?|\* required|enter your e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address\*?|i agree to the (?:terms|privacy)\b.*|by (?:signing up|subscribing|clicking)\b.{0,40}\byou agree\b.*|thank you for (?:signing up|subscribing)\b.*)$", Options)]
    private static partial Regex Newsletter();

    [GeneratedRegex(@"^\[?(?:advertisement|advertising|ad|ads|sponsored(?: content| post| links?)?|sponsored by .{1,40}|promoted(?: content| stories)?|paid (?:post|content|partner content)|partner content|story continues (?:below|after) (?:this )?(?:ad|advertisement)|article continues (?:below|after)\b.*|continue reading (?:below|after the ad)\b.*|scroll (?:down )?to continue(?: with content| reading)?|advertisement\s*[-–—:]\s*scroll (?:down )?to continue(?: reading)?|anzeige|werbung|publicité|publicidad|pubblicità|reklama)\]?$", Options)]
    private static partial Regex Advertising();

    [GeneratedRegex(@"^(?:[\p{L}][\p{L}\d/&.'’ -]{1,40} (?:has been|was|is) (?:declared|designated|labell?ed|branded|listed as|recognized as|recognised as) (?:an? |as an? )?[""“'‘]?(?:undesirable|foreign agent|extremist)\b.{0,120}|[\p{L}][\p{L}\d/&.'’ -]{1,40} (?:journalists|reporters|correspondents) (?:report|cover|work)\b.*\b(?:we|our)\b.*|the views expressed (?:in this|here|are)\b.{0,250})$", Options)]
    private static partial Regex Disclaimer();

    /// <summary>The warning some outlets print to readers in countries that punish reading them (not anchored: it follows a long condition).</summary>
    [GeneratedRegex(@"\byou could face (?:fines|a fine|prosecution|criminal|imprisonment)\b", Options)]
    private static partial Regex LegalWarning();

    [GeneratedRegex(@"^(?:related(?: articles?| stories| story| content| coverage| reading| news| links?| topics)?|read (?:more|also|next)|see also|also read|more on this(?: story| topic)?|recommended(?: for you| stories| reading)?|you (?:may|might) also (?:like|be interested in)|further reading|lire aussi|à lire aussi|mehr zum thema|lesen sie auch|leia também|lee también|leggi anche)(?:\s*[:|»›–—-]\s*.{1,220})?$", Options)]
    private static partial Regex RelatedLink();

    [GeneratedRegex(@"^(?:[•·*-]\s*)?(?:\d+\s*[x×:]\s*\d+\s+)?(?:image|photo|picture|video|gallery|graphic|infographic|audio|slideshow)(?:\s+\d+\s+of\s+\d+)?$", Options)]
    private static partial Regex ImagePlaceholder();

    [GeneratedRegex(@"^(?:we use cookies\b.*|this (?:site|website) uses cookies\b.*|by (?:continuing to use|using) (?:this|our) (?:site|website)\b.*|accept(?: all)? cookies|cookie (?:settings|policy|preferences))$", Options)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^(?:follow us(?: on [\w ,&]{1,60})?:?|share(?: this| this article| this story| on [\w ]{1,20})?:?|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|e-?mail|pinterest|flipboard|follow .{1,40} on (?:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok)\b.{0,40}|(?:download|get) the .{1,40} app\b.{0,40})$", Options)]
    private static partial Regex SocialPrompt();

    /// <summary>"Updated 2 hours ago": a relative stamp gives no date without knowing when the page was saved.</summary>
    [GeneratedRegex(@"^(?:(?:last )?(?:updated|published|posted)\s*:?\s*)?(?:\d+|an?|one) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|^(?:updated|published|posted) (?:today|yesterday|just now)$", Options)]
    private static partial Regex RelativeTimestamp();

    /// <summary>Rules and ornaments between sections: "-----", "* * *", "=====".</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}]{3,}$", Options)]
    private static partial Regex Separator();
}
