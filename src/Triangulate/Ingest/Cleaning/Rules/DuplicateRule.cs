namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// A paragraph repeating the one just before it (an image's alt text then its caption, a widget
/// rendered twice) is kept only once; the repeat is removed as a duplicate, or with the first
/// copy's reason when that was removed as boilerplate. Repeats further apart are left alone: in
/// recipes, tables and schedules the same short line legitimately recurs.
/// </summary>
internal sealed class DuplicateRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index)
    {
        var paragraphs = context.Paragraphs;
        var text = paragraphs[index].Text;
        for (var i = index - 1; i >= 0; i--)
        {
            if (string.Equals(paragraphs[i].Text, text, StringComparison.Ordinal))
            {
                return paragraphs[i].Reason switch
                {
                    null => "duplicate",
                    "caption" or "duplicate caption" => "duplicate caption",
                    var reason => reason, // a second "Advertisement" is advertising too
                };
            }
            // Removed furniture between the copies does not separate them; article text does.
            if (paragraphs[i].Kept) return null;
        }
        return null;
    }
}
