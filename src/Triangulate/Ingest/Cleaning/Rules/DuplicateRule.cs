namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// A paragraph identical to an earlier one (an image's alt text and caption, a pull quote, a
/// widget rendered twice) is kept only once; the repeat is removed as a duplicate, or with the
/// first copy's reason when that was removed as boilerplate.
/// </summary>
internal sealed class DuplicateRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index)
    {
        var first = context.FirstIndexOf(context.Paragraphs[index].Text, index);
        if (first == index) return null;
        return context.Paragraphs[first].Reason switch
        {
            null => "duplicate",
            "caption" or "duplicate caption" => "duplicate caption",
            var reason => reason, // a second "Advertisement" is advertising too
        };
    }
}
