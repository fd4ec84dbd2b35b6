using System.Text;
using System.Xml.Linq;
using Triangulate.Model;

namespace Triangulate.Bench.Timex;

/// <summary>One gold TIMEX3 inside a document's text: its offsets into the tag-stripped text, type and value.</summary>
public sealed record GoldTime(TextRange Range, string Type, string Value);

/// <summary>A TimeML document: the text of &lt;TEXT&gt; with the tags stripped, its creation date, and its gold times.</summary>
public sealed record TimeMlDocument(string Name, string Text, DateOnly Created, IReadOnlyList<GoldTime> Gold)
{
    public Article ToArticle() => new() { Id = Name, Source = Name, Body = Text, Published = new PublicationTime(Created) };
}

/// <summary>Reads TempEval-3 TimeML (TBAQ-cleaned) files: the DCT's date is the reference, the DCT itself is not scored.</summary>
public static class TimeMlCorpus
{
    public static string? Locate(string? eval)
    {
        if (eval is null) return null;
        var folder = Path.Combine(eval, "timex-tempeval3", "data", "TBAQ-cleaned");
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>The .tml files under TimeBank/ and AQUAINT/ in name order; <paramref name="limit"/> keeps the first N.</summary>
    public static IReadOnlyList<TimeMlDocument> Load(string folder, int limit = int.MaxValue) =>
        new[] { "TimeBank", "AQUAINT" }
            .Select(sub => Path.Combine(folder, sub))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.GetFiles(dir, "*.tml").Order(StringComparer.Ordinal))
            .Take(limit)
            .Select(Read)
            .ToList();

    public static TimeMlDocument Read(string path)
    {
        var doc = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        var root = doc.Root!;
        var dct = root.Element("DCT")!.Element("TIMEX3")!.Attribute("value")!.Value;
        var created = DateOnly.ParseExact(dct[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var gold = new List<GoldTime>();
        Walk(root.Element("TEXT")!, text, gold);
        return new TimeMlDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), created, gold);
    }

    private static void Walk(XElement element, StringBuilder text, List<GoldTime> gold)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t) text.Append(t.Value);
            else if (node is XElement e)
            {
                var start = text.Length;
                Walk(e, text, gold);
                if (e.Name.LocalName == "TIMEX3")
                    gold.Add(new GoldTime(new TextRange(start, text.Length), (string?)e.Attribute("type") ?? "", (string?)e.Attribute("value") ?? ""));
            }
        }
    }
}
