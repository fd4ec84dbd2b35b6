using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Metadata;

/// <summary>
/// A job or role printed before a name: "Rechtsanwalt Sebastian Einbock", "FOCUS-Online-Experte Robin Tschöpe",
/// "Redakteurin Anna Muster", "Reporter Jane Doe". The role goes when at least two capitalised words follow,
/// so a lone "Autor" or a surname stays as it is.
/// </summary>
internal static partial class RolePrefix
{
    [GeneratedRegex(@"^(?:[\p{L}-]*-)?(?:rechts|fach|patent)?(?:anwalt|anwältin|redakteur|redakteurin|experte|expertin|korrespondent|korrespondentin|reporter|reporterin|journalist|journalistin|kolumnist|kolumnistin|gastautor|gastautorin|notar|notarin|steuerberater|steuerberaterin)\s+(?=\p{Lu}[\p{L}.'-]*\s+\p{Lu})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    /// <summary>The name without a role before it.</summary>
    public static string Strip(string name) => Role().Replace(name, "", 1);
}
