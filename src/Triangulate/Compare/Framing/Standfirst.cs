using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>
/// The standfirst (subtitle) of an article: its first paragraph when that reads as a subtitle, not as
/// the lead. Conservative: either a line of several words with no closing punctuation ("Meeting between
/// US and Russia begins week of diplomacy …"), or a very short sentence before a longer paragraph ("As
/// their differences persist."). A byline, dateline or label line is never one.
/// </summary>
internal static class Standfirst
{
    private const int MinWords = 4;
    private const int MaxWords = 40;
    private const int MaxShortSentence = 6;

    private static readonly string[] LabelStarts = ["By ", "Updated", "Published", "Posted", "Last ", "Image", "Photo", "Listen", "Watch", "Read ", "Reporting"];

    public static TextRange? Find(Article article)
    {
        var body = article.Body;
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        if (end <= 0) return null;
        var first = new TextRange(0, end);
        var text = first.Slice(body).Trim();
        if (text.Length == 0 || !char.IsUpper(text[0]) || LabelStarts.Any(l => text.StartsWith(l, StringComparison.Ordinal))) return null;
        if (string.Equals(text, article.Title?.Trim(), StringComparison.OrdinalIgnoreCase)) return null;
        var words = FramingTokenizer.Tokenize(text, new TextRange(0, text.Length)).Count;
        var nextEnd = body.IndexOf("\n\n", end + 2, StringComparison.Ordinal);
        var next = body[(end + 2)..(nextEnd < 0 ? body.Length : nextEnd)];
        var nextWords = FramingTokenizer.Tokenize(next, new TextRange(0, next.Length)).Count;
        var last = text[^1];
        var unpunctuated = char.IsLetterOrDigit(last) && words is >= MinWords and <= MaxWords && !text.Contains(':');
        var shortSentence = last == '.' && words is >= 2 and <= MaxShortSentence && nextWords > 2 * words;
        return unpunctuated || shortSentence ? first : null;
    }
}
