using Triangulate.Model;

namespace Triangulate.Compare.Timeline;

/// <summary>A sentence that a calendar date resolves: its article (and that article's story order), its range, words and date.</summary>
internal sealed record DatedSentence(int ArticleIndex, string Article, TextRange Range, string Text, string Date, IReadOnlySet<string> Words);
