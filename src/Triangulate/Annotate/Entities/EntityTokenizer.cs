using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Annotate.Entities;

/// <summary>
/// Splits a sentence into tokens as CoNLL-2003 (Penn Treebank style) does, so the tagger sees what it was
/// trained on: punctuation and quotation marks are tokens of their own, a possessive "'s" is split off
/// ("Russia 's"), hyphenated words stay whole ("Russian-backed"), and abbreviations and initials keep
/// their period ("U.S.", "Mr.", "J."). Offsets index the text given.
/// </summary>
internal static class EntityTokenizer
{
    public static List<TextRange> Tokenize(string text, TextRange range)
    {
        var tokens = new List<TextRange>();
        var i = range.Start;
        while (i < range.End)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var start = i;
            while (i < range.End && !char.IsWhiteSpace(text[i])) i++;
            SplitChunk(text, start, i, tokens);
        }
        return tokens;
    }

    /// <summary>The token texts of a short string (gazetteer names, tests).</summary>
    public static IEnumerable<string> Words(string text) =>
        Tokenize(text, new TextRange(0, text.Length)).Select(r => r.Slice(text));

    // One run of non-space characters: leading marks, the word, its possessive, trailing marks.
    private static void SplitChunk(string text, int start, int end, List<TextRange> tokens)
    {
        while (start < end && IsMark(text[start]) && !IsWordStart(text, start, end))
        {
            var length = RunLength(text, start, end);
            tokens.Add(new TextRange(start, start + length));
            start += length;
        }
        var trailing = new Stack<TextRange>();
        while (end > start && IsMark(text[end - 1]) && !KeepsFinalPeriod(text, start, end))
        {
            var s = end - 1;
            while (s > start && text[s - 1] == text[end - 1] && text[s - 1] == '.') s--;
            trailing.Push(new TextRange(s, end));
            end = s;
        }
        if (end - start > 2 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '\u2019')
        {
            trailing.Push(new TextRange(end - 2, end));
            end -= 2;
        }
        if (end > start) SplitDashes(text, start, end, tokens);
        tokens.AddRange(trailing);
    }

    // Dashes between words ("talks—and", "1996--97") are tokens; a single hyphen joins.
    private static void SplitDashes(string text, int start, int end, List<TextRange> tokens)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            var dash = text[i] is '\u2013' or '\u2014' or '\u2015' || (text[i] == '-' && i + 1 < end && text[i + 1] == '-');
            if (!dash) continue;
            var length = RunLength(text, i, end);
            if (i > from) tokens.Add(new TextRange(from, i));
            tokens.Add(new TextRange(i, i + length));
            from = i + length;
            i = from - 1;
        }
        if (end > from) tokens.Add(new TextRange(from, end));
    }

    private static bool IsMark(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    // "-1.5" and "$5" (and "'96") start a word: the mark belongs to what follows.
    private static bool IsWordStart(string text, int i, int end) =>
        i + 1 < end && char.IsDigit(text[i + 1]) && text[i] is '-' or '+' or '\'' or '\u2019';

    private static int RunLength(string text, int i, int end)
    {
        var length = 1;
        while (i + length < end && text[i + length] == text[i] && text[i] is '.' or '-' or '\u2014') length++;
        return length;
    }

    // "U.S.", "J.", "Mr.", "Inc.": the period is part of the word.
    private static bool KeepsFinalPeriod(string text, int start, int end)
    {
        if (text[end - 1] != '.' || end - start < 2 || !char.IsLetter(text[end - 2])) return false;
        var word = text.AsSpan(start, end - 1 - start);
        if (word.Length == 1 || word.Contains('.')) return true;
        var s = word.ToString();
        return Abbreviations.Prefix.Contains(s) || Abbreviations.Conditional.Contains(s);
    }
}
