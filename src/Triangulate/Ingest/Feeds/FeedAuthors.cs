using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Triangulate.Ingest.Feeds;

/// <summary>
/// The authors a feed item names, one per element: RSS &lt;author&gt; ("jane@example.com (Jane Doe)"
/// gives "Jane Doe"; a bare address names nobody), dc:creator, Atom &lt;author&gt;&lt;name&gt;.
/// </summary>
internal static partial class FeedAuthors
{
    public static IReadOnlyList<string> From(XElement item)
    {
        var names = new List<string>();
        foreach (var element in item.Elements())
        {
            var local = element.Name.LocalName;
            if (local is not ("author" or "creator")) continue;
            var name = element.Elements().FirstOrDefault(e => e.Name.LocalName == "name")?.Value ?? (element.HasElements ? null : element.Value);
            if (Clean(name) is { } clean && !names.Contains(clean, StringComparer.Ordinal)) names.Add(clean);
        }
        return names;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = Whitespace().Replace(text, " ").Trim();
        if (EmailWithName().Match(value) is { Success: true } m) value = m.Groups["name"].Value.Trim();
        else if (NameWithEmail().Match(value) is { Success: true } n) value = n.Groups["name"].Value.Trim();
        return value.Length == 0 || value.Contains('@') || value.Length > 200 ? null : value;
    }

    [GeneratedRegex(@"^\S+@\S+\s*\((?<name>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailWithName();

    [GeneratedRegex(@"^(?<name>[^<>]+)<\S+@\S+>$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithEmail();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
