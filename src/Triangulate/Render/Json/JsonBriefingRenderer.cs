using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>
/// The briefing as JSON, contract version 1 ("schema": "triangulate.briefing/1"). Properties are
/// written in a fixed order by one section writer each; a new section is one more writer here.
/// </summary>
public sealed class JsonBriefingRenderer : IBriefingRenderer
{
    public const string Schema = "triangulate.briefing/1";

    private static readonly IJsonSectionWriter[] Sections =
    [
        new StorySectionWriter(),
        new ArticlesSectionWriter(),
        new SummarySectionWriter(),
        new QuotesSectionWriter(),
        new ConflictsSectionWriter(),
        new TimelineSectionWriter(),
        new QuantitiesSectionWriter(),
        new EntitiesSectionWriter(),
        new FactsSectionWriter(),
        new CoverageSectionWriter(),
    ];

    public string Render(Briefing briefing) => JsonOutput.Write(indented: true, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        foreach (var section in Sections) section.Write(writer, briefing);
        writer.WriteEndObject();
    }) + "\n";
}
