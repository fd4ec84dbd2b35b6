using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// Outlet and original outlet. The outlet is what the markup says, else the site of the page's
/// URL when the domain is a known one, else the name the site uses for itself. The original
/// outlet is the strongest source cue (see <see cref="SourceCue"/>) that names someone else; a
/// copyright holder counts only when it is a known organisation (an unknown one may be the
/// republisher's own company).
/// </summary>
internal static class OutletResolver
{
    /// <summary>The outlet and the <see cref="MetadataSource"/> label of where it was read.</summary>
    public static (string? Name, string? Source) Outlet(DraftMetadata markup, string? url, ArticleFacts facts)
    {
        if (markup.Outlet is not null) return (markup.Outlet, markup.SourceOf(MetadataField.Outlet));
        if (OutletDirectory.FromUrl(url) is { } known) return (known, MetadataSource.UrlDomain);
        return facts.SelfNames.Count > 0 ? facts.SelfNames[0] : (null, null);
    }

    /// <summary>The original outlet and the <see cref="MetadataSource"/> label of the cue that named it.</summary>
    public static (string? Name, string? Source) OriginalOutlet(DraftMetadata markup, string? outlet, ArticleFacts facts)
    {
        if (markup.OriginalOutlet is not null) return (markup.OriginalOutlet, markup.SourceOf(MetadataField.OriginalOutlet));
        var (name, cue) = facts.SourceOutlets
            .Where(s => s.Cue != SourceCue.Copyright || OutletDirectory.Canonical(s.Name) is not null)
            .Where(s => !SameOutlet(s.Name, outlet))
            .OrderBy(s => s.Cue)
            .FirstOrDefault();
        return name is null ? (null, null) : (name, Label(cue));
    }

    private static string Label(SourceCue cue) => cue switch
    {
        SourceCue.Byline => MetadataSource.Byline,
        SourceCue.Republished => MetadataSource.RepublicationNotice,
        SourceCue.WireDateline => MetadataSource.WireDateline,
        SourceCue.SignOff => MetadataSource.SignOff,
        _ => MetadataSource.CopyrightLine,
    };

    private static bool SameOutlet(string name, string? outlet) =>
        outlet is not null && (string.Equals(name, outlet, StringComparison.OrdinalIgnoreCase)
            || string.Equals(OutletDirectory.Canonical(name), OutletDirectory.Canonical(outlet), StringComparison.Ordinal)
               && OutletDirectory.Canonical(name) is not null);
}
