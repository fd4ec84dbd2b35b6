using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>
/// Rule-based sentence splitting for news prose. A blank line ("\n\n") always ends a sentence, so
/// headings and other lines without final punctuation stand alone. Inside a paragraph a run of
/// '.', '?', '!' or '…' (plus closing quotes or brackets) followed by whitespace is a boundary
/// unless the next word starts in lower case, or the period belongs to an abbreviation or initial
/// (see <see cref="Abbreviations"/>). Ranges are trimmed of whitespace.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string body)
    {
        var sentences = new List<Sentence>();
        int paragraph = 0, start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = body.Length;
            var before = sentences.Count;
            SplitParagraph(body, start, end, paragraph, sentences);
            if (sentences.Count > before) paragraph++;
            start = end + 2;
        }
        return sentences;
    }

    private static void SplitParagraph(string body, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (!IsTerminator(body[i])) { i++; continue; }
            var runEnd = i;
            while (runEnd < end && (IsTerminator(body[runEnd]) || IsSpacedDot(body, runEnd, end))) runEnd++;
            var closeEnd = runEnd;
            while (closeEnd < end && IsCloser(body[closeEnd])) closeEnd++;
            if (closeEnd < end && !char.IsWhiteSpace(body[closeEnd])) { i = runEnd; continue; }
            if (!HasWord(body, sentenceStart, i) || IsListNumber(body, sentenceStart, i))
            {
                i = closeEnd;
                continue;
            }
            if (closeEnd == end || EndsSentence(body, i, runEnd, closeEnd > runEnd, closeEnd, end))
            {
                Add(body, sentenceStart, closeEnd, paragraph, sentences);
                sentenceStart = closeEnd;
            }
            i = closeEnd;
        }
        Add(body, sentenceStart, end, paragraph, sentences);
    }

    private static bool EndsSentence(string body, int runStart, int runEnd, bool closed, int after, int end)
    {
        var next = NextWord(body, after, end);
        if (next.Length == 0) return true;
        if (char.IsLower(next[0])) return false;
        var run = body.AsSpan(runStart, runEnd - runStart);
        var ellipsis = run.Contains('…') || run.Count('.') >= 2;
        if (ellipsis) return char.IsUpper(next[0]);
        if (run.Contains('?') || run.Contains('!') || closed) return true;

        var previous = PreviousWord(body, runStart);
        if (Abbreviations.Prefix.Contains(previous)) return false;
        if (Abbreviations.Conditional.Contains(previous) || IsInitialOrDotted(previous))
            return Abbreviations.SentenceOpeners.Contains(next);
        return true;
    }

    /// <summary>The space inside a spaced ellipsis (". . .").</summary>
    private static bool IsSpacedDot(string body, int k, int end) =>
        body[k] == ' ' && k > 0 && body[k - 1] == '.' && k + 1 < end && body[k + 1] == '.';

    private static bool HasWord(string body, int start, int end)
    {
        for (var k = start; k < end; k++) if (char.IsLetterOrDigit(body[k])) return true;
        return false;
    }

    /// <summary>"4." opening a sentence is the number of a list item, not a sentence.</summary>
    private static bool IsListNumber(string body, int sentenceStart, int terminator)
    {
        var k = sentenceStart;
        while (k < terminator && char.IsWhiteSpace(body[k])) k++;
        return terminator - k is > 0 and <= 3 && body.AsSpan(k, terminator - k).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>"J", "U.S", "a.m", "Ph.D": a single letter, or short letter groups joined by periods.</summary>
    private static bool IsInitialOrDotted(string word)
    {
        if (word.Length == 1) return char.IsLetter(word[0]);
        if (!word.Contains('.')) return false;
        foreach (var part in word.Split('.'))
            if (part.Length is 0 or > 2 || !part.All(char.IsLetter)) return false;
        return true;
    }

    /// <summary>The word that ends right before the terminator, without leading brackets or quotes.</summary>
    private static string PreviousWord(string body, int terminator)
    {
        var k = terminator;
        while (k > 0 && !char.IsWhiteSpace(body[k - 1])) k--;
        while (k < terminator && IsOpener(body[k])) k++;
        return body[k..terminator];
    }

    /// <summary>The next word after whitespace and opening quotes or brackets.</summary>
    private static string NextWord(string body, int from, int end)
    {
        var k = from;
        while (k < end && char.IsWhiteSpace(body[k])) k++;
        while (k < end && IsOpener(body[k])) k++;
        var wordStart = k;
        while (k < end && char.IsLetterOrDigit(body[k])) k++;
        return k > wordStart ? body[wordStart..k] : k < end ? body[k].ToString() : "";
    }

    private static void Add(string body, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(body[start])) start++;
        while (end > start && char.IsWhiteSpace(body[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, new TextRange(start, end), paragraph));
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '}';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '`' or '«' or '(' or '[' or '{';
}
