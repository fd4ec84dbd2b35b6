using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// The people and organisations an article has named as speakers so far, for resolving a later
/// "he", "Mr Ryabkov" or "the deputy secretary". Recency is the last time the text used a person's
/// surname before the cue, so a person named in passing is still the nearest antecedent.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly List<Entry> entries = [];
    private readonly Dictionary<string, List<int>> wordPositions;

    private sealed class Entry(SpeakerName name, int firstMention)
    {
        public SpeakerName Name { get; set; } = name;
        public int FirstMention { get; set; } = firstMention;
        public Gender Gender { get; set; } = name.Gender;
    }

    public ArticlePeople(string body)
    {
        wordPositions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var i = 0;
        while (i < body.Length)
        {
            if (!char.IsUpper(body[i]) || (i > 0 && char.IsLetterOrDigit(body[i - 1]))) { i++; continue; }
            var start = i;
            while (i < body.Length && (char.IsLetter(body[i]) || body[i] == '-')) i++;
            var word = body[start..i];
            if (!wordPositions.TryGetValue(word, out var list)) wordPositions[word] = list = [];
            list.Add(start);
        }
    }

    /// <summary>
    /// Registers the people a sentence names with a title or role before the name ("Russian Deputy
    /// Foreign Minister Sergei Ryabkov", "Ms Sherman"), so a later "Ryabkov said" or "she said" finds
    /// them even when they were first named outside a quote.
    /// </summary>
    public void NoteTitledNames(IReadOnlyList<ClauseToken> tokens)
    {
        var lexicon = AttributionLexicon.Instance;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised || !lexicon.IsTitleOrRole(tokens[i].Lower)) continue;
            var j = i;
            while (j < tokens.Count && (IsTitleWord(tokens[j]) || (tokens[j].Lower == "of" && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised))) j++;
            var k = j;
            while (k < tokens.Count && k - j < 4 && tokens[k].IsCapitalised && !IsTitleWord(tokens[k]) && !lexicon.Organisations.Contains(tokens[k].Lower)
                   && !tokens[k].Text.EndsWith("'s", StringComparison.Ordinal) && !tokens[k].Text.EndsWith("’s", StringComparison.Ordinal)) k++;
            var honorific = tokens.Skip(i).Take(j - i).Any(t => lexicon.MaleTitles.Contains(t.Lower) || lexicon.FemaleTitles.Contains(t.Lower));
            if (k - j >= 2 || (k - j == 1 && honorific))
            {
                var phrase = new SpeakerPhrase(new TextRange(tokens[i].Range.Start, tokens[k - 1].Range.End), SpeakerPhraseKind.Name,
                    tokens.Skip(i).Take(k - i).ToList(), []);
                var name = SpeakerNameParser.Parse(phrase);
                if (!name.IsOrganisation) Name(name, tokens[i].Range.Start);
            }
            i = Math.Max(i, k - 1);
        }
    }

    private static bool IsTitleWord(ClauseToken token) =>
        token.IsCapitalised && AttributionLexicon.Instance.IsTitleOrRole(token.Lower);

    /// <summary>Records a speaker named at <paramref name="position"/>; a surname already known merges into that person.</summary>
    public Speaker Name(SpeakerName name, int position)
    {
        var known = name.IsOrganisation ? null : FindPerson(name);
        if (known is null)
        {
            known = new Entry(name, position);
            entries.Add(known);
        }
        else
        {
            var fuller = name.Name.Length > known.Name.Name.Length ? name.Name : known.Name.Name;
            known.Name = known.Name with { Name = fuller, Role = known.Name.Role ?? name.Role };
            if (known.FirstMention > position) known.FirstMention = position;
            if (known.Gender == Gender.Unknown) known.Gender = name.Gender;
        }
        return ToSpeaker(known);
    }

    /// <summary>The nearest person before <paramref name="position"/> whose gender fits the pronoun.</summary>
    public Speaker? Pronoun(Gender gender, int position)
    {
        var best = Nearest(position, e => IsPerson(e) && (e.Gender == Gender.Unknown || e.Gender == gender));
        if (best is null) return null;
        if (best.Gender == Gender.Unknown) best.Gender = gender;
        return ToSpeaker(best);
    }

    /// <summary>The nearest organisation before <paramref name="position"/>, for "it said".</summary>
    public Speaker? Organisation(int position)
    {
        var best = Nearest(position, e => e.Name.IsOrganisation);
        return best is null ? null : ToSpeaker(best);
    }

    /// <summary>"the deputy secretary", "the office": the nearest speaker whose role or name contains those words.</summary>
    public Speaker? Nominal(IReadOnlyList<string> words, int position)
    {
        string[] Words(Entry e) => ((e.Name.Role ?? "") + " " + e.Name.Name).ToLowerInvariant().Split(' ', '-');
        var best = Nearest(position, e => words.All(Words(e).Contains))
                   ?? Nearest(position, e => Words(e).Any(w => w == words[^1] || (HeadSynonyms.TryGetValue(words[^1], out var s) && s.Contains(w))));
        return best is null ? null : ToSpeaker(best);
    }

    /// <summary>What a definite nominal may stand for: "the diplomat" for a minister or an envoy.</summary>
    private static readonly Dictionary<string, string[]> HeadSynonyms = new(StringComparer.Ordinal)
    {
        ["diplomat"] = ["minister", "secretary", "ambassador", "envoy", "negotiator", "diplomat"],
        ["official"] = ["minister", "secretary", "official", "spokesman", "spokeswoman", "spokesperson", "director", "adviser"],
        ["envoy"] = ["ambassador", "envoy", "negotiator"],
        ["lawmaker"] = ["senator", "representative", "congressman", "congresswoman", "mp"],
        ["chief"] = ["head", "chief", "director", "chairman", "leader"],
    };

    private Entry? FindPerson(SpeakerName name)
    {
        var first = name.Name.Contains(' ') ? name.Name.Split(' ')[0] : null;
        foreach (var entry in entries)
        {
            if (!IsPerson(entry) || entry.Name.Surname != name.Surname) continue;
            var knownFirst = entry.Name.Name.Contains(' ') ? entry.Name.Name.Split(' ')[0] : null;
            if (first is null || knownFirst is null || first == knownFirst) return entry;
        }
        return null;
    }

    private Entry? Nearest(int position, Func<Entry, bool> fits)
    {
        Entry? best = null;
        var bestPosition = -1;
        foreach (var entry in entries)
        {
            if (entry.FirstMention >= position || !fits(entry)) continue;
            var last = LastUse(entry, position);
            if (last > bestPosition) (best, bestPosition) = (entry, last);
        }
        return best;
    }

    private int LastUse(Entry entry, int position)
    {
        var last = entry.FirstMention;
        if (wordPositions.TryGetValue(entry.Name.Surname, out var list))
        {
            var k = list.BinarySearch(position);
            if (k < 0) k = ~k;
            if (k > 0) last = Math.Max(last, list[k - 1]);
        }
        return last;
    }

    /// <summary>A person has a name of two words or a title; a lone capitalised word ("Russia") may be a place or body.</summary>
    private static bool IsPerson(Entry entry) =>
        !entry.Name.IsOrganisation && (entry.Name.Name.Contains(' ') || entry.Gender != Gender.Unknown || entry.Name.Role is not null);

    private static Speaker ToSpeaker(Entry entry) => new(entry.Name.Name, entry.Name.Role);
}
