using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// Photo captions and credit lines leave the body and are listed as captions. A credit line right
/// after a caption without credit completes that caption. Blocks the markup marked as captions
/// (figcaption) are captions whatever their wording. A last paragraph ending with a wire's name
/// is the story's sign-off: the name is removed as a credit and the paragraph stays.
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
            if (caption.Credit is { } signOff && IsLastTextParagraph(context, index) && OutletDirectory.KindOf(signOff) == OutletKind.Agency)
            {
                // "… to sneak into the US. PTI" closing the story: the wire's sign-off, not a caption.
                paragraph.Split(caption.Text, new RemovedText(signOff, "credits"));
                context.Facts.SourceOutlets.Add((OutletDirectory.Canonical(signOff)!, SourceCue.SignOff));
                return null;
            }
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

    /// <summary>No sentence-length paragraph follows: what comes after is page furniture.</summary>
    private static bool IsLastTextParagraph(CleaningContext context, int index)
    {
        for (var i = index + 1; i < context.Paragraphs.Count; i++)
            if (context.Paragraphs[i].Text is { Length: >= LongParagraph } text && text[^1] is '.' or '!' or '?' or '"' or '”') return false;
        return true;
    }

    private const int LongParagraph = 80;
}
