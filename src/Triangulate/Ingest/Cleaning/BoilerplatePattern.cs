using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// One family of web boilerplate: a pattern that must match the whole paragraph, the reason
/// given when it does, and the longest paragraph it may fire on (longer text is article prose).
/// Patterns see the paragraph lower-cased.
/// </summary>
internal sealed record BoilerplatePattern(string Reason, int MaxLength, Regex Pattern)
{
    public bool Matches(string paragraph) => paragraph.Length <= MaxLength && Pattern.IsMatch(paragraph);
}
