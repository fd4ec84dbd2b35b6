using Triangulate.Ingest.Metadata;

namespace Triangulate.Ingest.Cleaning.Rules;

/// <summary>
/// Copyright lines ("© 2022 Bloomberg"), wire sign-offs ("— AFP", "Source: Reuters") and
/// republication notices ("This story was originally published by …") say where the text came
/// from; they leave the body. A wire dateline opening a paragraph ("GENEVA (Reuters) -") is read
/// too, but the paragraph is article text and stays.
/// </summary>
internal sealed class SyndicationRule : IParagraphRule
{
    public string? Apply(CleaningContext context, int index)
    {
        var text = context.Paragraphs[index].Text;
        var facts = context.Facts;
        if (SyndicationCueParser.CopyrightHolder(text) is { } holder)
        {
            facts.SourceOutlets.Add((holder, SourceCue.Copyright));
            return "copyright";
        }
        if (SyndicationCueParser.SignOffAgency(text) is { } agency)
        {
            facts.SourceOutlets.Add((agency, SourceCue.SignOff));
            return "credits";
        }
        if (SyndicationCueParser.RepublishedFrom(text) is { } outlet)
        {
            facts.SourceOutlets.Add((outlet, SourceCue.Republished));
            return "syndication notice";
        }
        if (SyndicationCueParser.WireAgency(text) is { } wire) facts.SourceOutlets.Add((wire, SourceCue.WireDateline));
        return null;
    }
}
