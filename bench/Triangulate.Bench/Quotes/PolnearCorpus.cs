using System.Text;
using Triangulate.Model;

namespace Triangulate.Bench.Quotes;

/// <summary>
/// One gold attribution (a BRAT event): what was attributed, the cue, and the source mention (null for
/// <c>Attribution-no-source</c>). Each is the range from its first fragment's start to its last
/// fragment's end; a content continued after the cue ("…," he said, "…") as <c>Content2</c> is one
/// range over both parts.
/// </summary>
public sealed record GoldAttribution(TextRange Content, TextRange? Cue, TextRange? Source);

/// <summary>A PolNeAR article: its text as the body and the attributions of its first annotation file.</summary>
public sealed record PolnearArticle(string Name, string TextPath, string AnnotationPath, string Body, IReadOnlyList<GoldAttribution> Gold)
{
    /// <summary>The article the annotator sees: the text as it is, no cleaning.</summary>
    public Article ToArticle() => new() { Id = Name, Source = TextPath, Body = Body };
}

/// <summary>
/// Loads ../shared/eval/quotes-polnear/&lt;split&gt;: <c>text/&lt;name&gt;.txt</c> and
/// <c>attributions/&lt;name&gt;_&lt;annotator&gt;.ann</c>. Where several annotators did an article, the first
/// .ann file in ordinal order is the gold. Articles come in ordinal name order.
/// </summary>
public static class PolnearCorpus
{
    public static readonly string[] Splits = ["train", "dev"];

    public static IReadOnlyList<PolnearArticle> Load(string folder, string split, int limit = int.MaxValue)
    {
        var root = Path.Combine(folder, split);
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(Path.Combine(root, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            if (stem.LastIndexOf('_') is > 0 and var annotator) annotations.TryAdd(stem[..annotator], ann);
        }
        var articles = new List<PolnearArticle>();
        foreach (var text in Directory.GetFiles(Path.Combine(root, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            if (articles.Count >= limit) break;
            var name = Path.GetFileNameWithoutExtension(text);
            if (!annotations.TryGetValue(name, out var ann)) continue;
            // The .ann offsets count characters of the .txt. The files are UTF-8 without a byte order mark
            // (ReadAllText would drop one), use "\n" only and hold no character outside the BMP, so those
            // offsets are UTF-16 offsets into this string as it is. Load checks every span's text against them.
            var body = File.ReadAllText(text, Encoding.UTF8);
            articles.Add(new PolnearArticle(name, text, ann, body, Attributions(BratAnnotation.Parse(File.ReadAllText(ann, Encoding.UTF8)), body, ann)));
        }
        return articles;
    }

    /// <summary>The attribution events with a content, sorted by content; throws when a span's offsets disagree with its text.</summary>
    public static IReadOnlyList<GoldAttribution> Attributions(BratAnnotation ann, string body, string path = "")
    {
        foreach (var span in ann.Spans.Values)
            if (span.Range.End > body.Length || span.TextIn(body) != span.Text)
                throw new InvalidDataException($"{path}: {span.Id} offsets do not match its text");
        var gold = new List<GoldAttribution>();
        foreach (var e in ann.Events.Where(e => e.Type.StartsWith("Attribution", StringComparison.Ordinal)))
        {
            var contents = e.Arguments.Where(a => a.Key.StartsWith("Content", StringComparison.Ordinal))
                .Select(a => ann.Spans[a.Value].Range).ToList();
            if (contents.Count == 0) continue;
            gold.Add(new GoldAttribution(
                new TextRange(contents.Min(r => r.Start), contents.Max(r => r.End)),
                e.Arguments.TryGetValue("Cue", out var cue) ? ann.Spans[cue].Range : null,
                e.Arguments.TryGetValue("Source", out var source) ? ann.Spans[source].Range : null));
        }
        return gold.OrderBy(g => g.Content.Start).ThenBy(g => g.Content.End).ToList();
    }
}
