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
    private const int MaxComplement = 3;  // "vow to keep talking", "fail to reach deal"

    public static IReadOnlyList<TextRange> Read(string text, IReadOnlyList<FramingWord> words, Func<int, bool> isName)
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

        // "to" and up to a few words after it, ending before a function word, a name or punctuation.
        int Complement(int end)
        {
            if (end >= words.Count || lower[end] != "to" || !Joined(end - 1)) return end;
            var last = end;
            for (var k = end + 1; k < words.Count && k - end <= MaxComplement; k++)
            {
                if (!Joined(k - 1) || isName(k) || StopWords.Contains(lower[k]) || !char.IsLetter(lower[k][0])) break;
                last = k;
            }
            return last > end ? last + 1 : end;
        }

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
