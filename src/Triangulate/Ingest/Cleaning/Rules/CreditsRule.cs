using Triangulate.Ingest.Metadata;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>"With reporting by Reuters, AP, AFP …" and similar credit lines are read into the credits and leave the body.</summary>
internal sealed class CreditsRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index)
    {
        if (!CreditsParser.TryParse(context.Paragraphs[index].Text, out var credits)) return null;
        foreach (var credit in credits)
            if (!context.Facts.Credits.Contains(credit, StringComparer.Ordinal)) context.Facts.Credits.Add(credit);
        return "credits";
    }
}
