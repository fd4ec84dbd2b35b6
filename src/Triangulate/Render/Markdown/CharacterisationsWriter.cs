using System.Text;
using Triangulate.Model;

namespace Triangulate.Render.Markdown;

/// <summary>Characterisations: per article, the evaluative descriptions it attributes, each with who said it.</summary>
internal static class CharacterisationsWriter
{
    public static void Write(StringBuilder output, BriefingIndex index, CoverageListing listing)
    {
        if (!listing.HasCharacterisations) return;
        output.Append("### Characterisations\n\n");
        foreach (var covered in listing.Articles.Where(a => a.Coverage.Characterisations.Count > 0))
            output.Append("- **").Append(MarkdownText.Escape(BriefingIndex.Label(covered.Article))).Append("** [").Append(covered.Number).Append("]: ")
                .AppendJoin("; ", covered.Coverage.Characterisations.Select(Line)).Append('\n');
        output.Append('\n');
    }

    private static string Line(Characterisation characterisation) =>
        "“" + MarkdownText.Escape(characterisation.Text) + "” — " +
        (BriefingIndex.NonBlank(characterisation.Speaker) is { } speaker ? MarkdownText.Escape(speaker) : "speaker not named");
}
