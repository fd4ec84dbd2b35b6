using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Framing;

/// <summary>
/// Reads the evaluative phrases of a headline or standfirst from the framing lexicon: an evaluative
/// adjective with the degree words before it ("deeply divided"), an evaluative noun with the words that
/// carry its evaluation ("little progress", "no breakthrough"), a framing verb with a short infinitive
/// complement ("vow to keep talking"). Neighbouring phrases join ("bitter row"). Names are never read.
/// </summary>
internal static class FramingPhraseReader
{
    private const int MaxBefore = 2;      // "without any breakthrough"

    public static IReadOnlyList<TextRange> Read(string text, IReadOnlyList<FramingWord> words, Func<int, bool> isName, bool sentenceCase)
    {
        var lexicon = FramingLexicon.Instance;
        var lower = words.Select(w => w.Lower).ToList();
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < words.Count;)
        {
            var (length, cls) = isName(i) ? (0, default) : lexicon.Match(lower, i, FramingClass.Adjective, FramingClass.Noun, FramingClass.Verb);
            if (length == 0 || Enumerable.Range(i, length).Any(isName)) { i++; continue; }
            var start = i;
            var end = i + length;
            var floor = spans.Count > 0 ? spans[^1].End : 0;
            var before = cls switch { FramingClass.Adjective => FramingClass.Intensifier, FramingClass.Noun => FramingClass.Modifier, _ => (FramingClass?)null };
            while (before is { } b && start > floor && i - start < MaxBefore && Joined(start - 1) && lexicon.Is(lower[start - 1], b)) start--;
            if (cls == FramingClass.Verb) end = Complement(end);
            spans.Add((start, end));
            i = end;
        }
        return Merge(spans).Select(s => new TextRange(words[s.Start].Range.Start, words[s.End - 1].Range.End)).ToList();

        bool Joined(int left) => FramingTokenizer.Adjacent(text, words[left], words[left + 1]) && !isName(left);

        // "to", its verb, and one more word when that is surely no name: lower case in a sentence-case
        // line, or an -ing form ("vow to keep talking"). A title-case complement may be a name ("to Liberate Chechnya").
        int Complement(int end)
        {
            if (end + 1 >= words.Count || lower[end] != "to" || !Joined(end - 1) || !Open(end + 1)) return end;
            var more = end + 2 < words.Count && Open(end + 2)
                && ((sentenceCase && !words[end + 2].Capitalised) || lower[end + 2].EndsWith("ing", StringComparison.Ordinal));
            return more ? end + 3 : end + 2;
        }

        bool Open(int k) => Joined(k - 1) && !isName(k) && !StopWords.Contains(lower[k]) && char.IsLetter(lower[k][0]);

        IEnumerable<(int Start, int End)> Merge(List<(int Start, int End)> found)
        {
            for (var k = 0; k < found.Count; k++)
            {
                var (s, e) = found[k];
                while (k + 1 < found.Count && found[k + 1].Start == e && Joined(e - 1)) e = found[++k].End;
                yield return (s, e);
            }
        }
    }
}
