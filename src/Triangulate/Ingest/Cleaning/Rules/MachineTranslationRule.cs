using Triangulate.Ingest.Metadata;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>A machine-translation notice marks the article as machine-translated and leaves the body.</summary>
internal sealed class MachineTranslationRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index)
    {
        if (!MachineTranslationCue.IsNotice(context.Paragraphs[index].Text)) return null;
        context.Facts.MachineTranslated = true;
        return "machine-translation notice";
    }
}
