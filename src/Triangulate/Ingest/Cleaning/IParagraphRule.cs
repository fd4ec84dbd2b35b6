namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// One family of text that does not belong in the body. A rule looks at the paragraph at
/// <c>index</c> (and may read its neighbours), records any metadata it carries in
/// <see cref="CleaningContext.Facts"/>, and returns the reason for removing it, or null to leave it.
/// </summary>
internal interface IParagraphRule
{
    string? Apply(CleaningContext context, int index);
}
