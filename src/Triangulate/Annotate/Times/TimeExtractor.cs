using Triangulate.Model;

namespace Triangulate.Annotate.Times;

/// <summary>
/// Time expressions in one article body, in body order, with TIMEX3 values. Relative expressions
/// are read against <c>reference</c> (tagged with <c>anchor</c>); without one they keep X for
/// what is unknown. Rules are written by hand (see <see cref="TimeScanner"/>).
/// </summary>
public static class TimeExtractor
{
    public static IReadOnlyList<TimeExpression> Extract(string body, IReadOnlyList<Sentence> sentences, DateOnly? reference, TimeAnchor anchor)
    {
        var tokens = TimeTokenizer.Tokenize(body);
        if (tokens.Count == 0) return [];
        var matches = TimeScanner.Scan(tokens, sentences, reference);
        var times = new List<TimeExpression>(matches.Count);
        foreach (var m in matches)
        {
            var range = new TextRange(tokens[m.First].Start, tokens[m.End - 1].End);
            TimeAnchor? anchoredTo = m.Reading switch
            {
                TimeReading.Absolute => TimeAnchor.Text,
                TimeReading.Relative when reference is not null => anchor,
                _ => null,
            };
            times.Add(new TimeExpression(range, m.Type, m.Value, anchoredTo));
        }
        return times;
    }
}
