namespace Triangulate.Model;

/// <summary>Ranges derived from a <see cref="QuoteMention"/>.</summary>
public static class QuoteMentionExtensions
{
    /// <summary>Content, cue and speaker words together: what a reader needs to see who said the quote there.</summary>
    public static TextRange Attributed(this QuoteMention mention)
    {
        var start = mention.Content.Start;
        var end = mention.Content.End;
        foreach (var range in new[] { mention.Cue, mention.SpeakerMention })
        {
            if (range is not { } r) continue;
            start = Math.Min(start, r.Start);
            end = Math.Max(end, r.End);
        }
        return new TextRange(start, end);
    }
}
