using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Reads the noun phrase that names a speaker next to a cue: before it ("Mr Ryabkov said") or after
/// it ("said Ryabkov"). Shallow on purpose: a run of name, title, role and determiner words that
/// ends on a plausible head, plus one apposition set off by commas.
/// </summary>
internal static class SpeakerPhraseReader
{
    private const int MaxWords = 9;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "you" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some",
        "many", "most", "several", "both", "all", "other", "another", "one", "two", "three", "four", "few", "no",
        "each", "every", "any", "such", "more",
    };

    /// <summary>Words that end a phrase: clause openers, verbs and function words that a name never contains.</summary>
    private static readonly HashSet<string> Breaks = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "while", "because", "when", "if", "as",
        "after", "before", "since", "where", "so", "than", "though", "although", "until", "unless", "whether", "what",
        "how", "why", "there", "here", "then", "to", "in", "at", "on", "for", "with", "by", "from", "into", "about",
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "also",
        "would", "will", "could", "can", "may", "might", "should", "must", "shall", "said", "says", "say", "told",
        "during", "over", "under", "against", "between", "without", "through", "per", "via", "like", "even", "just",
        "only", "it's", "let", "me", "him", "them", "us", "according", "adding", "saying", "of",
        "amid", "despite", "among", "amongst", "toward", "towards", "within", "across", "behind", "beyond", "around",
        "near", "upon", "throughout", "following", "including", "unlike", "once", "now", "yet", "however",
    };

    /// <summary>Adverbs and auxiliaries between a subject and its verb: "he also said", "has repeatedly warned".</summary>
    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "later", "separately", "previously", "then", "again", "reportedly", "recently",
        "earlier", "often", "publicly", "repeatedly", "once", "would", "will", "may", "might", "could", "can", "did",
        "does", "do", "never", "not", "already", "further", "subsequently", "simply", "flatly", "bluntly", "privately",
        "first", "last", "still", "even", "just", "only", "been", "always", "long", "explicitly", "openly", "clearly",
        "quickly", "frequently", "now", "today", "yesterday", "tonight", "sunday", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "late", "early",
    };

    /// <summary>Prepositions a phrase may span between two of its nouns: "Secretary of State", "spokesman for the Kremlin".</summary>
    /// <summary>Prepositions whose object never is the subject of the verb after it.</summary>
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "of", "from", "for", "with", "by", "to", "about", "among", "into",
    };

    private static readonly HashSet<string> InnerPrepositions = new(StringComparer.Ordinal) { "of", "for", "to", "at", "in", "from" };

    public static SpeakerPhrase? Before(IReadOnlyList<ClauseToken> tokens, int cue)
    {
        var j = cue - 1;
        while (j >= 0 && tokens[j].IsWord && IsSkippable(tokens[j]))
        {
            // "Sherman on Monday said": the day and its preposition.
            var day = tokens[j].IsCapitalised;
            j--;
            if (day && j >= 0 && tokens[j].Lower is "on" or "late" or "early") j--;
        }
        if (j >= 0 && tokens[j].Is(")"))
        {
            // "Sen. Chuck Schumer (D-N.Y.) said": the parenthesis belongs to the name before it.
            var open = j;
            while (open > 0 && cue - open < 10 && !tokens[open].Is("(")) open--;
            if (tokens[open].Is("(")) j = open - 1;
        }
        if (j >= 0 && tokens[j].Is(",") && j - 1 >= 0 && tokens[j - 1].IsWord)
            return CueFinder.IsCueWord(tokens[j - 1]) ? null : Appositive(tokens, j);
        if (j < 0 || !tokens[j].IsWord) return null;
        if (Pronouns.Contains(tokens[j].Lower)) return Pronoun(tokens[j]);
        var start = ExtendLeft(tokens, j);
        // "Many in Shiprock say", "some of the Republicans said": after a quantity and its preposition the
        // name is where the speakers are, not who they are; the quantity alone names no one.
        if (start > 1 && tokens[start - 1].IsWord && ObjectPrepositions.Contains(tokens[start - 1].Lower)
            && tokens[start - 2].IsWord && Determiners.Contains(tokens[start - 2].Lower)) return null;
        return start < 0 ? null : Phrase(tokens, start, j, []);
    }

    public static SpeakerPhrase? After(IReadOnlyList<ClauseToken> tokens, int cue)
    {
        var i = cue + 1;
        if (i >= tokens.Count || !tokens[i].IsWord) return null;
        if (Pronouns.Contains(tokens[i].Lower)) return Pronoun(tokens[i]);
        var end = i;
        while (end + 1 < tokens.Count && end + 1 - i < MaxWords && Continues(tokens, end + 1, rightward: true)) end++;
        while (end > i && !IsHead(tokens[end])) end--;
        if (!IsHead(tokens[end]) || !CanStart(tokens[i])) return null;
        // ", said Sergei Ryabkov, Russia's deputy foreign minister."
        var apposition = new List<ClauseToken>();
        if (end + 2 < tokens.Count && tokens[end + 1].Is(",") && tokens[end].IsCapitalised && IsAppositionStart(tokens[end + 2]))
        {
            var k = end + 2;
            while (k < tokens.Count && tokens[k].IsWord && k - end < MaxWords + 2) apposition.Add(tokens[k++]);
        }
        return Phrase(tokens, i, end, apposition);
    }

    /// <summary>"Name, apposition, said": the name before the first comma, the role between the commas.</summary>
    private static SpeakerPhrase? Appositive(IReadOnlyList<ClauseToken> tokens, int comma)
    {
        var appositionEnd = comma - 1;
        var k = appositionEnd;
        // Long enough for a relative clause: "Jens Stoltenberg, who will meet the Russian delegation on January 12 in Brussels, warned".
        while (k >= 0 && !tokens[k].Is(",") && !tokens[k].IsQuoteMark && appositionEnd - k < 20 && tokens[k].IsWord) k--;
        if (k < 1 || !tokens[k].Is(",")) return null;
        var appositionStart = k + 1;
        if (appositionStart > appositionEnd || !IsAppositionStart(tokens[appositionStart])) return null;
        var nameEnd = k - 1;
        if (!tokens[nameEnd].IsCapitalised)
        {
            // "her senior policy adviser, Jake Sullivan, said": the name is between the commas, the role before.
            var roleStart = ExtendLeft(tokens, nameEnd);
            var between = tokens.Skip(appositionStart).Take(appositionEnd - appositionStart + 1).ToList();
            if (roleStart < 0 || !between.All(t => t.IsCapitalised || t.Text.EndsWith('.'))) return null;
            var role = tokens.Skip(roleStart).Take(nameEnd - roleStart + 1).ToList();
            return Phrase(tokens, appositionStart, appositionEnd, role) with
            {
                Range = new TextRange(tokens[roleStart].Range.Start, tokens[appositionEnd].Range.End),
            };
        }
        var nameStart = ExtendLeft(tokens, nameEnd);
        if (nameStart < 0) return null;
        var apposition = tokens.Skip(appositionStart).Take(appositionEnd - appositionStart + 1).ToList();
        if (apposition.Any(CueFinder.IsCueWord) && apposition[0].Lower is not ("who" or "which")) return null;
        if (apposition[0].Lower is "who" or "which") apposition = [];
        var phrase = Phrase(tokens, nameStart, nameEnd, apposition);
        return phrase with { Range = new TextRange(tokens[nameStart].Range.Start, tokens[appositionEnd].Range.End) };
    }

    /// <summary>The first token of the phrase that ends at <paramref name="end"/>, or -1 when no phrase ends there.</summary>
    private static int ExtendLeft(IReadOnlyList<ClauseToken> tokens, int end)
    {
        // "Clinton's plans Monday": a possessive modifies the noun after it and names no one by itself.
        if (IsPossessive(tokens[end])) return -1;
        if (!IsHead(tokens[end])) return DeterminedNoun(tokens, end);
        var start = end;
        while (start - 1 >= 0 && end - start + 1 < MaxWords && Continues(tokens, start - 1, rightward: false)) start--;
        while (start < end && !CanStart(tokens[start])) start++;
        return CanStart(tokens[start]) ? start : -1;
    }

    /// <summary>
    /// "the progressive heavyweights said": a noun the word lists lack still heads a phrase when a
    /// determiner opens it within a few plain words. Returns the determiner's index, or -1.
    /// </summary>
    private static int DeterminedNoun(IReadOnlyList<ClauseToken> tokens, int end)
    {
        var head = tokens[end];
        if (!head.IsWord || head.IsCapitalised || head.Text.Length < 3 || Breaks.Contains(head.Lower) || Determiners.Contains(head.Lower)
            || head.Lower.EndsWith("ly", StringComparison.Ordinal) || !CanHeadUnlisted(head.Lower) && !SaidNext(tokens, end)) return -1;
        for (var k = end - 1; k >= 0 && end - k <= 4; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || Breaks.Contains(token.Lower) || Pronouns.Contains(token.Lower)) return -1;
            if (token.Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our") return k;
        }
        return -1;
    }

    /// <summary>
    /// A noun the word lists lack heads a speaker only in the forms that name people or groups: a
    /// plural ("the defenders", "its surrogates") or an agent noun ("the announcer", "the businessman").
    /// Singular nouns, adjectives and participles ("the average poverty rate", "the federal", "the two
    /// privately operated") name no one who speaks.
    /// </summary>
    private static bool CanHeadUnlisted(string lower) =>
        !lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("ing", StringComparison.Ordinal) && !IsPossessiveText(lower)
        && (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
            || AgentSuffixes.Any(suffix => lower.EndsWith(suffix, StringComparison.Ordinal)));

    /// <summary>"the clip says", "the world said": with the plain verb of saying, any noun may be the source.</summary>
    private static bool SaidNext(IReadOnlyList<ClauseToken> tokens, int end)
    {
        for (var k = end + 1; k < tokens.Count && k - end <= 3; k++)
        {
            if (tokens[k].Lower is "said" or "says" or "say") return true;
            if (!tokens[k].IsWord || !IsSkippable(tokens[k])) return false;
        }
        return false;
    }

    private static readonly string[] AgentSuffixes = ["er", "or", "man", "woman", "ist", "ian", "ant", "ent", "wife", "husband"];

    private static bool IsPossessive(ClauseToken token) => token.IsWord && IsPossessiveText(token.Lower);

    private static bool IsPossessiveText(string lower) =>
        lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)
        || lower.EndsWith("s'", StringComparison.Ordinal) || lower.EndsWith("s’", StringComparison.Ordinal);

    private static bool Continues(IReadOnlyList<ClauseToken> tokens, int k, bool rightward)
    {
        var token = tokens[k];
        if (!token.IsWord) return false;
        var lower = token.Lower;
        if (InnerPrepositions.Contains(lower) || lower == "and")
        {
            // Only between two nouns of the phrase: "Secretary of State", "Sherman and Ryabkov".
            var outer = rightward ? k + 1 : k - 1;
            var inner = rightward ? k - 1 : k + 1;
            if (outer < 0 || outer >= tokens.Count || !tokens[outer].IsWord) return false;
            var joinsNames = tokens[outer].IsCapitalised && tokens[inner].IsCapitalised
                             && !Determiners.Contains(tokens[outer].Lower) && !Determiners.Contains(tokens[inner].Lower);
            var joinsRole = lower != "and" && IsRoleOrNominal(rightward ? tokens[inner] : tokens[outer]);
            return joinsNames || joinsRole || (lower == "of" && tokens[inner].IsCapitalised);
        }
        if (IsAcronym(token)) return true;
        if (Breaks.Contains(lower) || Pronouns.Contains(lower)) return false;
        // "many believe the teachers understand": a reporting verb is the clause's verb, never part of its subject.
        if (CueFinder.IsCueWord(token) && !IsRoleOrNominal(token)) return false;
        if (token.IsCapitalised || Determiners.Contains(lower) || IsRoleOrNominal(token)) return true;
        if (char.IsDigit(token.Text[0])) return true;
        // Other lower-case words: adjectives and noun modifiers ("senior administration official").
        return !lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 2;
    }

    /// <summary>"US", "UK", "NATO": capitals, never the pronoun "us".</summary>
    private static bool IsAcronym(ClauseToken token) => token.IsWord && token.Text.Length >= 2 && token.Text.All(c => char.IsUpper(c) || c == '.');

    private static bool IsHead(ClauseToken token) =>
        IsAcronym(token) || token.IsWord && !Determiners.Contains(token.Lower) && !Breaks.Contains(token.Lower)
        && (token.IsCapitalised || IsRoleOrNominal(token));

    private static bool CanStart(ClauseToken token) =>
        IsAcronym(token) || token.IsWord && !Breaks.Contains(token.Lower)
        && (token.IsCapitalised || Determiners.Contains(token.Lower) || IsRoleOrNominal(token) || char.IsDigit(token.Text[0])
            || token.Lower is "senior" or "former" or "top" or "u.s." or "federal" or "local" or "state");

    private static bool IsAppositionStart(ClauseToken token) =>
        token.IsWord && (token.IsCapitalised || char.IsDigit(token.Text[0]) || Determiners.Contains(token.Lower) || IsRoleOrNominal(token)
                         || token.Lower is "who" or "former" or "senior");

    private static bool IsRoleOrNominal(ClauseToken token)
    {
        var lexicon = AttributionLexicon.Instance;
        var lower = token.Lower;
        return lexicon.Nominals.Contains(lower) || lexicon.Organisations.Contains(lower) || lexicon.IsTitleOrRole(lower);
    }

    private static bool IsSkippable(ClauseToken token)
    {
        var lower = token.Lower;
        if (Skippable.Contains(lower)) return !token.IsCapitalised || lower.EndsWith("day", StringComparison.Ordinal);
        return !token.IsCapitalised && lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal);
    }

    private static SpeakerPhrase Pronoun(ClauseToken token) => new(token.Range, SpeakerPhraseKind.Pronoun, [token], []);

    private static SpeakerPhrase Phrase(IReadOnlyList<ClauseToken> tokens, int start, int end, IReadOnlyList<ClauseToken> apposition)
    {
        var core = tokens.Skip(start).Take(end - start + 1).ToList();
        var hasName = core.Any(t => t.IsCapitalised && !IsRoleOrNominal(t) && !Determiners.Contains(t.Lower))
                      || core.Any(t => t.IsCapitalised && AttributionLexicon.Instance.Organisations.Contains(t.Lower));
        var rangeEnd = apposition.Count > 0 ? apposition[^1].Range.End : core[^1].Range.End;
        return new SpeakerPhrase(new TextRange(core[0].Range.Start, rangeEnd),
            hasName ? SpeakerPhraseKind.Name : SpeakerPhraseKind.Nominal, core, apposition);
    }
}
