using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// Photo captions and credit lines leave the body and are listed as captions. A credit line right
/// after a caption without credit completes that caption. Blocks the markup marked as captions
/// (figcaption) are captions whatever their wording.
/// </summary>
internal sealed class CaptionRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index)
    {
        var paragraph = context.Paragraphs[index];
        var captions = context.Facts.Captions;
        if (CaptionParser.TryParseCreditLine(paragraph.Text, out var credit))
        {
            var previous = index > 0 ? context.Paragraphs[index - 1] : null;
            if (previous?.Reason == "caption" && captions.Count > 0 && captions[^1].Credit is null)
                captions[^1] = captions[^1] with { Credit = credit };
            else
                captions.Add(new Caption(paragraph.Text, credit));
            return "photo credit";
        }
        if (CaptionParser.TryParseCaption(paragraph.Text, out var caption))
        {
            captions.Add(caption);
            return "caption";
        }
        if (paragraph.Kind == BlockKind.Caption)
        {
            captions.Add(new Caption(paragraph.Text, null));
            return "caption";
        }
        return null;
    }
}
