using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Finds the quoted spans of a body. The outermost pair wins (marks of the other kind inside it are
/// a nested quote and stay part of it). A paragraph that opens a quote and does not close it
/// continues into the next paragraph when that one opens with a quotation mark, as news style
/// does for quotes over several paragraphs; otherwise the quote ends with its paragraph.
/// </summary>
internal static class QuotedSpanFinder
{
    public static IReadOnlyList<QuotedSpan> Find(string body)
    {
        var spans = new List<QuotedSpan>();
        var paragraphs = Paragraphs(body);
        int openDouble = -1, openLength = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            var openSingle = -1;
            var nested = false;
            var i = start;
            if (openDouble >= 0) i += MarkLength(body, start); // the continuation's own opening mark
            while (i < end)
            {
                var c = body[i];
                var length = MarkLength(body, i);
                if (length > 0 && openSingle < 0)
                {
                    var opens = Opens(body, i, length);
                    var sameStyle = IsStraight(body, i, length) == (openDouble >= 0 && IsStraight(body, openDouble, openLength));
                    if (nested)
                    {
                        // Inside an inner quote of the other style: its closing mark ends it; a closing
                        // mark of the outer style ends both.
                        if (!opens && !sameStyle) nested = false;
                        else if (!opens)
                        {
                            spans.Add(Span(openDouble, openLength, i, length, closed: true));
                            (openDouble, nested) = (-1, false);
                        }
                    }
                    else if (openDouble < 0)
                    {
                        if (opens) (openDouble, openLength) = (i, length);
                    }
                    else if (opens && !sameStyle)
                    {
                        // "… “Equal Justice Under Law” …": a quote of the other style nests inside.
                        nested = true;
                    }
                    else if (!opens || IsStraight(body, i, length))
                    {
                        spans.Add(Span(openDouble, openLength, i, length, closed: true));
                        openDouble = -1;
                    }
                    else
                    {
                        // A second opening mark: the first quote was never closed.
                        spans.Add(Unclosed(body, openDouble, openLength, i));
                        (openDouble, openLength) = (i, length);
                    }
                    i += length;
                    continue;
                }
                if (openDouble < 0 && QuoteMarks.IsSingle(c))
                {
                    if (openSingle < 0 && QuoteMarks.OpensSingle(body, i)) openSingle = i;
                    else if (openSingle >= 0 && i - openSingle > 1 && QuoteMarks.ClosesSingle(body, i))
                    {
                        spans.Add(Span(openSingle, 1, i, 1, closed: true));
                        openSingle = -1;
                    }
                }
                i++;
            }
            if (openDouble < 0) continue;
            var continues = p + 1 < paragraphs.Count && MarkLength(body, paragraphs[p + 1].Start) > 0
                && Opens(body, paragraphs[p + 1].Start, MarkLength(body, paragraphs[p + 1].Start));
            if (continues) continue;
            spans.Add(Unclosed(body, openDouble, openLength, end));
            openDouble = -1;
        }
        return spans;
    }

    /// <summary>Length of the double quotation mark at <paramref name="i"/> (2 for `` and ''), 0 when there is none.</summary>
    private static int MarkLength(string body, int i)
    {
        if (i >= body.Length) return 0;
        if (QuoteMarks.IsDouble(body[i])) return 1;
        return body[i] is '`' or '\'' && QuoteMarks.PairLength(body, i) == 2 ? 2 : 0;
    }

    // "''" both opens and closes in some newswire styles, so it faces the way its context says, like '"'.
    private static bool Opens(string body, int i, int length) =>
        length == 2 && body[i] == '`' || QuoteMarks.OpensDouble(body, i);

    private static bool IsStraight(string body, int i, int length) => body[i] is '"' or '\'';

    private static QuotedSpan Span(int open, int openLength, int close, int closeLength, bool closed) =>
        new(new TextRange(open, close + closeLength), new TextRange(open + openLength, close), closed);

    private static QuotedSpan Unclosed(string body, int open, int openLength, int end)
    {
        while (end > open + openLength && char.IsWhiteSpace(body[end - 1])) end--;
        return new QuotedSpan(new TextRange(open, end), new TextRange(open + openLength, end), Closed: false);
    }

    /// <summary>Paragraphs are separated by a blank line, as in every body.</summary>
    private static List<(int Start, int End)> Paragraphs(string body)
    {
        var list = new List<(int, int)>();
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = body.Length;
            var s = start;
            while (s < end && char.IsWhiteSpace(body[s])) s++;
            if (s < end) list.Add((s, end));
            start = end + 2;
        }
        return list;
    }
}
