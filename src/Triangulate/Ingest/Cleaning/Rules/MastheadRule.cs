using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// A line at the very top that is only a known outlet's name ("The Moscow Times") is the site's
/// masthead, not the headline: it names the outlet and leaves the body.
/// </summary>
internal sealed class MastheadRule : IParagraphRule
{
    private const int TopLines = 3;

    public string? Apply(CleaningContext context, int index)
    {
        if (index >= TopLines) return null;
        var text = context.Paragraphs[index].Text;
        if (text.Length > 60 || OutletDirectory.KindOf(text) != OutletKind.Outlet) return null;
        context.Facts.SelfNames.Add((OutletDirectory.Canonical(text)!, MetadataSource.Masthead));
        return "masthead";
    }
}
