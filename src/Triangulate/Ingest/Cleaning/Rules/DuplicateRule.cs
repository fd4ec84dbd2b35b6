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
        var text = context.Paragraphs[index].Text;
        for (var i = 0; i < index; i++)
        {
            var earlier = context.Paragraphs[i];
            if (!string.Equals(earlier.Text, text, StringComparison.Ordinal)) continue;
            return earlier.Reason switch
            {
                null => "duplicate",
                "caption" or "duplicate caption" => "duplicate caption",
                var reason => reason, // a second "Advertisement" is advertising too
            };
        }
        return null;
    }
}
