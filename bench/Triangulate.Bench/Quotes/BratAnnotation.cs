using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Bench.Quotes;

/// <summary>
/// One BRAT standoff file (.ann): text-bound spans (<c>T1\tSource 110 112\twe</c>) and events
/// (<c>E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1</c>). A span's text may run over several lines
/// (the lines that do not start an entry continue the one before); a discontinuous span
/// (<c>start end;start end</c>) keeps its fragments, and BRAT writes its text as the fragments joined
/// by one space. Other entries (notes, relations, attributes) are skipped.
/// </summary>
public sealed record BratAnnotation(
    IReadOnlyDictionary<string, BratAnnotation.Span> Spans,
    IReadOnlyList<BratAnnotation.Event> Events)
{
    public sealed record Span(string Id, string Type, IReadOnlyList<TextRange> Fragments, string Text)
    {
        /// <summary>From the first start to the last end in the text (a file may list fragments out of order).</summary>
        public TextRange Range => new(Fragments.Min(f => f.Start), Fragments.Max(f => f.End));

        /// <summary>The text BRAT writes for these offsets in <paramref name="body"/>.</summary>
        public string TextIn(string body) => string.Join(" ", Fragments.Select(f => f.Slice(body)));
    }

    /// <summary>An event: its type (the trigger's role) and its arguments, role → span id.</summary>
    public sealed record Event(string Id, string Type, IReadOnlyDictionary<string, string> Arguments);

    public static BratAnnotation Parse(string ann)
    {
        var entries = new List<(string Id, string Body)>();
        foreach (var line in ann.Split('\n'))
        {
            var tab = line.IndexOf('\t');
            if (tab > 1 && (char.IsAsciiLetterUpper(line[0]) || line[0] == '#') && !line.AsSpan(1, tab - 1).ContainsAnyExceptInRange('0', '9'))
                entries.Add((line[..tab], line[(tab + 1)..]));
            else if (entries.Count > 0)
                entries[^1] = (entries[^1].Id, entries[^1].Body + "\n" + line);
        }
        var spans = new Dictionary<string, Span>(StringComparer.Ordinal);
        var events = new List<Event>();
        foreach (var (id, body) in entries)
        {
            if (id[0] == 'T') spans[id] = ParseSpan(id, body);
            else if (id[0] == 'E') events.Add(ParseEvent(id, body));
        }
        return new BratAnnotation(spans, events);
    }

    private static Span ParseSpan(string id, string rest)
    {
        var tab = rest.IndexOf('\t');
        var head = tab < 0 ? rest : rest[..tab];
        var text = tab < 0 ? "" : rest[(tab + 1)..].TrimEnd('\n');
        var space = head.IndexOf(' ');
        var fragments = head[(space + 1)..].Split(';').Select(f =>
        {
            var p = f.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new TextRange(int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture));
        }).ToList();
        return new Span(id, head[..space], fragments, text);
    }

    private static Event ParseEvent(string id, string rest)
    {
        var parts = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var trigger = parts[0].Split(':');
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
            if (part.Split(':') is [var role, var span]) arguments[role] = span;
        return new Event(id, trigger[0], arguments);
    }
}
