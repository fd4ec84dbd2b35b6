using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Compare;

/// <summary>Small synthetic articles with hand-placed quote mentions, as the quote extractor would give them.</summary>
internal static class QuoteFixtures
{
    public static AnnotatedArticle Article(string id, string body, params QuoteMention[] quotes) =>
        new(new Article { Id = id, Source = id + ".txt", Body = body }, SentenceSplitter.Split(body)) { Quotes = quotes };

    /// <summary>
    /// A mention of <paramref name="content"/> (its first occurrence in the body), cued by "said" or
    /// "described" when present, with the speaker named by <paramref name="speakerWords"/> (default: the name).
    /// </summary>
    public static QuoteMention Quote(string body, string content, string? speaker, string? role = null,
        QuoteKind kind = QuoteKind.Direct, string? speakerWords = null)
    {
        var start = body.IndexOf(content, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{content}' is not in the body");
        var words = speakerWords ?? speaker;
        var at = words is null ? -1 : body.IndexOf(words, StringComparison.Ordinal);
        return new QuoteMention(
            new TextRange(start, start + content.Length),
            kind,
            Cue(body),
            at < 0 ? null : new TextRange(at, at + words!.Length),
            speaker is null ? null : new Speaker(speaker, role),
            speaker is null ? null : speakerWords is null ? AttributionMethod.Explicit : AttributionMethod.Resolved,
            speaker is null ? "no cue names a speaker" : null);
    }

    private static TextRange? Cue(string body)
    {
        foreach (var cue in new[] { "said", "described", "called" })
        {
            var at = body.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0) return new TextRange(at, at + cue.Length);
        }
        return null;
    }

    /// <summary>An article holding one direct quote, "“{quote}” {speaker} said."</summary>
    public static AnnotatedArticle Said(string id, string quote, string? speaker, string? role = null)
    {
        var body = speaker is null ? $"“{quote}” the statement read." : $"“{quote}” {speaker} said.";
        return Article(id, body, Quote(body, quote, speaker, role));
    }
}
