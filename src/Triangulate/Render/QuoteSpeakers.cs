using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>
/// How the text formats lay out who said what: quote groups by speaker, speakers in order of their
/// first quote, quotes whose speaker is unknown or disputed last.
/// </summary>
internal static class QuoteSpeakers
{
    public const string UnknownHeading = "Speaker unknown or disputed";

    public static IReadOnlyList<(Speaker? Speaker, IReadOnlyList<QuoteGroup> Quotes)> BySpeaker(IEnumerable<QuoteGroup> groups) =>
        groups.GroupBy(g => g.Speaker is null ? null : g.SpeakerEntity ?? g.Speaker.Name)
            .OrderBy(g => g.Key is null)
            .Select(g => (g.First().Speaker, (IReadOnlyList<QuoteGroup>)g.ToList()))
            .ToList();

    /// <summary>Reported speech only (no outlet puts the words in quotation marks): shown without quotation marks.</summary>
    public static bool IsReported(QuoteGroup group) => group.Mentions.All(m => m.Mention.Kind == QuoteKind.Indirect);
}
