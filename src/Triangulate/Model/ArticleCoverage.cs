namespace Triangulate.Model;

/// <summary>
/// How one article covered the story: the facts only it reports, the well-supported facts it leaves
/// out, the evaluative words of its headline and standfirst, and the characterisations it attributes.
/// <see cref="Source"/> is the distinct source the article counts as (its original outlet when it is a
/// wire copy); <see cref="CopyOf"/> names the article whose text it repeats, when one does.
/// </summary>
public sealed record ArticleCoverage(
    string Article,
    string Source,
    string? CopyOf,
    IReadOnlyList<string> UniqueFacts,
    IReadOnlyList<string> OmittedFacts,
    IReadOnlyList<string> Framing,
    IReadOnlyList<Characterisation> Characterisations);
