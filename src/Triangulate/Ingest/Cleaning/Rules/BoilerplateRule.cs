namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>Removes paragraphs that match a family of <see cref="BoilerplatePatterns"/>, with that family's reason.</summary>
internal sealed class BoilerplateRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index) => BoilerplatePatterns.ReasonFor(context.Paragraphs[index].Text);
}
