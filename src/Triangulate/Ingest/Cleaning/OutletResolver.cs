using Triangulate.Ingest.Metadata;

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
    public static string? Outlet(DraftMetadata markup, string? url, ArticleFacts facts) =>
        markup.Outlet ?? OutletDirectory.FromUrl(url) ?? facts.SelfNames.FirstOrDefault();

    public static string? OriginalOutlet(DraftMetadata markup, string? outlet, ArticleFacts facts)
    {
        if (markup.OriginalOutlet is not null) return markup.OriginalOutlet;
        return facts.SourceOutlets
            .Where(s => s.Cue != SourceCue.Copyright || OutletDirectory.Canonical(s.Name) is not null)
            .Where(s => !SameOutlet(s.Name, outlet))
            .OrderBy(s => s.Cue)
            .Select(s => s.Name)
            .FirstOrDefault();
    }

    private static bool SameOutlet(string name, string? outlet) =>
        outlet is not null && (string.Equals(name, outlet, StringComparison.OrdinalIgnoreCase)
            || string.Equals(OutletDirectory.Canonical(name), OutletDirectory.Canonical(outlet), StringComparison.Ordinal)
               && OutletDirectory.Canonical(name) is not null);
}
