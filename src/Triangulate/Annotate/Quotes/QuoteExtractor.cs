using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Finds the quotes of one article body — direct, partial and indirect — with their cues and
/// speakers. Quoted spans come from <see cref="QuotedSpanFinder"/>; each is read with the words of
/// its sentence around it (<see cref="CueFinder"/>); sentences without quotation marks are read for
/// reported speech (<see cref="IndirectSpeechReader"/>); <see cref="SpeakerResolver"/> decides every
/// speaker. Pure: the same body gives the same mentions, in body order.
/// </summary>
public static class QuoteExtractor
{
    /// <summary>Partial quotes shorter than this with no cue are scare quotes or titles, not speech.</summary>
    private const int MinUncuedWords = 4;

    /// <summary>How far before a direct quote its introducing cue may stand ("Ryabkov told reporters on Monday:").</summary>
    private const int MaxIntroDistance = 6;

    public static IReadOnlyList<QuoteMention> Extract(string body, IReadOnlyList<Sentence> sentences)
    {
        // Each sentence's words, read once: for the names with titles, the introducing sentences and reported speech.
        var words = sentences.Select(s => ClauseTokenizer.Tokenize(body, s.Range)).ToList();
        var people = new ArticlePeople(body);
        foreach (var sentenceWords in words) people.NoteTitledNames(sentenceWords);
        var resolver = new SpeakerResolver(people);
        var spans = QuotedSpanFinder.Find(body);
        var candidates = new List<(QuoteCandidate Candidate, int Paragraph)>();
        var quotedSentences = new HashSet<int>();
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var first = SentenceAt(sentences, span.Start);
            var last = SentenceAt(sentences, span.End - 1);
            if (first < 0 || last < 0) continue;
            for (var k = first; k <= last; k++) quotedSentences.Add(k);
            var candidate = Read(body, sentences, words, first, last, span, spans, s);
            if (candidate is not null) candidates.Add((candidate, sentences[first].Paragraph));
        }
        for (var k = 0; k < sentences.Count; k++)
        {
            if (quotedSentences.Contains(k)) continue;
            if (IndirectSpeechReader.Read(body, words[k], sentences[k].Range) is { } indirect) candidates.Add((indirect, sentences[k].Paragraph));
        }
        candidates.Sort((a, b) => a.Candidate.Content.Start.CompareTo(b.Candidate.Content.Start));

        var mentions = new List<QuoteMention>();
        var paragraphs = new List<int>();
        foreach (var (candidate, paragraph) in Merge(candidates))
        {
            var previous = mentions.Count > 0 && paragraph - paragraphs[^1] <= 1 ? mentions[^1] : null;
            var decision = candidate.Cue is null ? SpeakerResolver.Continued(previous) : resolver.AtCue(candidate.Cue.Speaker);
            if (candidate.Cue is null && candidate.Kind == QuoteKind.Partial && decision.Speaker is null) continue;
            // A continued quote points at the words that named its speaker in the quote it continues.
            var speakerWords = candidate.Cue is null ? (decision.Speaker is null ? null : previous?.SpeakerMention) : candidate.Cue.Speaker?.Range;
            mentions.Add(new QuoteMention(candidate.Content, candidate.Kind, candidate.Cue?.Range,
                speakerWords, decision.Speaker, decision.Attribution, decision.Reason));
            paragraphs.Add(paragraph);
        }
        return mentions;
    }

    /// <summary>Reads one quoted span with the words of its sentences before and after it.</summary>
    private static QuoteCandidate? Read(string body, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<ClauseToken>> sentenceWords,
        int first, int last, QuotedSpan span, IReadOnlyList<QuotedSpan> spans, int index)
    {
        var firstRange = sentences[first].Range;
        var lastRange = sentences[last].Range;
        var preStart = index > 0 && spans[index - 1].End > firstRange.Start ? spans[index - 1].End : firstRange.Start;
        var postEnd = index + 1 < spans.Count && spans[index + 1].Start < lastRange.End ? spans[index + 1].Start : lastRange.End;
        var pre = ClauseTokenizer.Tokenize(body, new TextRange(preStart, Math.Max(preStart, span.Start)));
        var post = ClauseTokenizer.Tokenize(body, new TextRange(Math.Min(span.End, postEnd), postEnd));
        var words = ClauseTokenizer.Tokenize(body, span.Inner).Count(t => t.IsWord);
        if (words == 0) return null;

        var standsAlone = pre.Count == 0 || pre[^1].Text is ":" or "," || (pre.Count <= 2 && !pre.Any(CueFinder.IsCueWord));
        var opensCapital = OpensWithCapital(body, span.Inner);
        if (standsAlone && (opensCapital || pre.Count == 0))
        {
            var cue = CueFinder.AfterQuote(post);
            if (cue is null && post.Count == 0 && last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentences[last].Paragraph)
                cue = CueFinder.OpeningSentence(ClauseTokenizer.Tokenize(body, Before(sentences[last + 1].Range, spans, index + 1)));
            if (cue is null && pre.Count > 0) cue = CueFinder.BeforeQuote(pre, MaxIntroDistance);
            if (cue is null && pre.Count == 0 && first > 0 && first - 1 != last)
                cue = CueFinder.Introduction(sentenceWords[first - 1]);
            if (cue is null && words < MinUncuedWords) return null;
            return new QuoteCandidate(span.Outer, QuoteKind.Direct, cue);
        }

        // A quoted fragment inside a clause: the attribution is the clause that carries it.
        var rest = ClauseTokenizer.Tokenize(body, new TextRange(Math.Min(span.End, lastRange.End), lastRange.End));
        var before = CueFinder.BeforeQuote(pre, int.MaxValue);
        if (before is { Speaker: null } && CueFinder.AfterQuote(post) is { Speaker: not null } following) before = null;
        if (before is not null)
        {
            var start = ContentStartAfterCue(pre, before);
            var end = ClauseEnd(body, rest, lastRange, span.End);
            return new QuoteCandidate(new TextRange(Math.Min(start, span.Start), end), QuoteKind.Partial, before);
        }
        var after = CueFinder.AfterQuote(post);
        if (after?.Speaker is not null)
        {
            var start = pre.Count > 0 ? pre[0].Range.Start : span.Start;
            var end = CommaBefore(post, after.Speaker.Range.Start) ?? span.End;
            return new QuoteCandidate(new TextRange(start, Math.Max(end, span.End)), QuoteKind.Partial, after);
        }
        return words >= MinUncuedWords ? new QuoteCandidate(span.Outer, QuoteKind.Partial, null) : null;
    }

    /// <summary>The part of a sentence before the next quoted span that starts in it.</summary>
    private static TextRange Before(TextRange sentence, IReadOnlyList<QuotedSpan> spans, int next) =>
        next < spans.Count && spans[next].Start < sentence.End && spans[next].Start >= sentence.Start
            ? new TextRange(sentence.Start, spans[next].Start)
            : sentence;

    /// <summary>
    /// "A," he said, "B." is one quote: an uncued quote after a cued one in the same paragraph
    /// continues it, and the two merge into one mention with the first one's cue.
    /// </summary>
    private static IEnumerable<(QuoteCandidate, int)> Merge(List<(QuoteCandidate Candidate, int Paragraph)> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var (current, paragraph) = candidates[i];
            // A later fragment of a clause already taken ("… and that Moscow was "for dialogue"").
            while (i + 1 < candidates.Count && candidates[i + 1].Candidate.Content.End <= current.Content.End) i++;
            while (i + 1 < candidates.Count && current.Kind == QuoteKind.Direct && candidates[i + 1].Candidate is { Kind: QuoteKind.Direct, Cue: null } next
                   && current.Cue is { } cue && cue.Range.Start > current.Content.End && next.Content.Start > cue.Range.End
                   && candidates[i + 1].Paragraph == paragraph)
            {
                current = current with { Content = new TextRange(current.Content.Start, next.Content.End) };
                i++;
            }
            yield return (current, paragraph);
        }
    }

    /// <summary>Reported content starts after the cue, its listener ("told reporters") and any "that" (which it keeps).</summary>
    internal static int ContentStartAfterCue(IReadOnlyList<ClauseToken> tokens, Cue cue)
    {
        var k = cue.Token + 1;
        if (cue.Speaker is not null && cue.Speaker.Range.Start > cue.Range.Start)
            while (k < tokens.Count && tokens[k].Range.Start < cue.Speaker.Range.End) k++;
        var that = -1;
        for (var j = k; j < tokens.Count && j - k <= 6; j++)
            if (tokens[j].Lower == "that") { that = j; break; }
        var addressee = AttributionLexicon.Instance.Addressee.Contains(tokens[cue.Token].Lower);
        if (that >= 0 && (addressee || that == k || OnlyAdverbials(tokens, k, that)))
            k = that;
        else if (addressee)
        {
            // "told reporters the talks were …", "telling Russian news agencies the meeting had been …"
            var skipped = 0;
            while (k < tokens.Count - 1 && skipped < 4 && tokens[k].IsWord && !StartsReportedClause(tokens[k])) { k++; skipped++; }
        }
        while (k < tokens.Count && !tokens[k].IsWord && !tokens[k].IsQuoteMark) k++;
        return k < tokens.Count ? tokens[k].Range.Start : tokens[^1].Range.End;
    }

    private static bool StartsReportedClause(ClauseToken token) =>
        token.Lower is "the" or "a" or "an" or "he" or "she" or "they" or "we" or "i" or "it" or "there" or "this" or "his" or "her" or "their" or "its" or "no" or "any";

    /// <summary>"said on Monday that": a time phrase between the cue and "that".</summary>
    private static bool OnlyAdverbials(IReadOnlyList<ClauseToken> tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
            if (tokens[j].IsWord && tokens[j].Lower is not ("on" or "in" or "late" or "early" or "last" or "this" or "a" or "statement" or "interview")
                && !tokens[j].Lower.EndsWith("day", StringComparison.Ordinal) && !tokens[j].Lower.EndsWith("ly", StringComparison.Ordinal))
                return false;
        return true;
    }

    /// <summary>The end of the clause that carries a partial quote: before a trailing ", she said" or the sentence's final stop.</summary>
    private static int ClauseEnd(string body, IReadOnlyList<ClauseToken> post, TextRange sentence, int quoteEnd)
    {
        var end = sentence.End;
        if (CueFinder.AfterQuote(post) is { Speaker: not null }) return quoteEnd;
        for (var k = 0; k < post.Count; k++)
        {
            // "…, while Sherman called them "frank"": another speaker's clause starts here.
            if (CueFinder.IsCueWord(post[k]) && SpeakerPhraseReader.Before(post, k) is { Kind: not SpeakerPhraseKind.Nominal } other
                && other.Range.Start > quoteEnd)
            {
                var boundary = k;
                while (boundary >= 0 && post[boundary].Range.Start >= other.Range.Start) boundary--;
                // Only a new clause: after a comma or a conjunction ("Moscow's demand that" is no speaker).
                if (boundary < 0 || !(post[boundary].Is(",") || post[boundary].Lower is "while" or "and" or "but" or "whereas")) continue;
                while (boundary >= 0 && post[boundary].IsWord && post[boundary].Lower is "while" or "and" or "but" or "whereas") boundary--;
                end = boundary >= 0 ? post[boundary].Range.End : quoteEnd;
                break;
            }
            if (post[k].Is(",") && k + 1 < post.Count && CueFinder.AfterQuote(post.Skip(k).ToList()) is { Speaker: not null })
            {
                end = post[k].Range.Start;
                break;
            }
        }
        while (end > quoteEnd && (char.IsWhiteSpace(body[end - 1]) || body[end - 1] is '.' or ',' or ';' or ':')) end--;
        return Math.Max(end, quoteEnd);
    }

    private static int? CommaBefore(IReadOnlyList<ClauseToken> post, int position)
    {
        int? comma = null;
        foreach (var token in post)
        {
            if (token.Range.Start >= position) break;
            if (token.Is(",")) comma = token.Range.Start;
        }
        return comma;
    }

    private static bool OpensWithCapital(string body, TextRange inner)
    {
        for (var i = inner.Start; i < inner.End; i++)
        {
            if (char.IsLetterOrDigit(body[i])) return char.IsUpper(body[i]) || char.IsDigit(body[i]);
            if (body[i] == '.') return true; // "… and then" continuation
        }
        return false;
    }

    /// <summary>The sentence holding an offset; a mark between sentences (outside a trimmed range) belongs to the next one.</summary>
    private static int SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        var k = SentenceLookup.IndexAt(sentences, offset);
        return k >= 0 ? k : Math.Min(~k, sentences.Count - 1);
    }
}
