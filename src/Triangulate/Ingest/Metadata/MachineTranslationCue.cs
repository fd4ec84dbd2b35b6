using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// Notices that a page was machine-translated: "Powered by automated translation", "This
/// article was machine translated", "Automatically translated by DeepL", "Auto-translated".
/// Only short paragraphs count: an article that discusses machine translation is not a notice.
/// </summary>
internal static partial class MachineTranslationCue
{
    [GeneratedRegex(@"\b(?:powered by (?:automated|automatic|machine) translation|(?:automated|automatic|machine)[- ]translat(?:ed|ion)|(?:automatically|machine)[- ]translated|auto-?translated|translated (?:automatically|by machine|by (?:google translate|deepl))|maschinell übersetzt|automatisch übersetzt|traduit automatiquement|traducción automática)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    public static bool IsNotice(string paragraph) => paragraph.Length <= 250 && Notice().IsMatch(paragraph);
}
