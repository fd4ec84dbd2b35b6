using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Brief;

/// <summary>
/// Turns the sentences of a story's articles into <see cref="SentenceProfile"/>s: stemmed content
/// terms, TF-IDF vectors (IDF over all sentences of the story), coverage bigrams, suitability and lead rank.
/// </summary>
internal sealed class SentenceProfiler
{
    // Names (capitalised words inside a sentence) say who is involved, not what happened; in the
    // vector that decides whether two sentences report the same content they count for less.
    private const double NameWeight = 0.6;

    private readonly TermStemmer stemmer = new();
    private readonly Dictionary<string, int> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> bigrams = [];

    public int TermCount => stems.Count;
    public int BigramCount => bigrams.Count;

    /// <summary>Profiles of every sentence, article by article in the given order.</summary>
    public List<SentenceProfile> Profile(IReadOnlyList<AnnotatedArticle> articles)
    {
        var profiles = new List<SentenceProfile>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var leadRank = 0;
            foreach (var sentence in article.Sentences)
            {
                var profile = ProfileOne(a, article, sentence);
                if (profile.Suitability > 0) profile.LeadRank = leadRank++;
                profiles.Add(profile);
            }
        }
        AssignVectors(profiles);
        return profiles;
    }

    private SentenceProfile ProfileOne(int articleIndex, AnnotatedArticle article, Sentence sentence)
    {
        var body = article.Article.Body;
        var span = Dateline.After(body, sentence);
        var text = span.Slice(body);
        var words = WordCount(text);
        var content = new List<int>();
        var casing = new List<Casing>();
        var pairs = new HashSet<int>();
        int previous = -1;
        var previousStop = true;
        foreach (var token in WordTokenizer.Tokenize(body, span))
        {
            var stop = StopWords.Contains(token.Norm) || !token.Norm.Any(char.IsLetter);
            var id = Id(stemmer.Stem(token.Norm));
            if (!stop)
            {
                content.Add(id);
                casing.Add(token.Range.Start <= span.Start + 1 ? Casing.Initial
                    : char.IsUpper(body[token.Range.Start]) ? Casing.Capitalized : Casing.Lower);
            }
            if (previous >= 0 && !(stop && previousStop)) pairs.Add(BigramId(previous, id));
            previous = id;
            previousStop = stop;
        }
        var bigramIds = pairs.ToArray();
        Array.Sort(bigramIds);
        return new SentenceProfile
        {
            Article = articleIndex,
            ArticleId = article.Id,
            Sentence = sentence,
            Span = span,
            Text = text,
            Words = words,
            ContentTerms = [.. content],
            Casing = [.. casing],
            Bigrams = bigramIds,
            Suitability = SentenceSuitability.Score(text, words),
            OpenQuote = SentenceSuitability.HasUnpairedQuote(text),
        };
    }

    private void AssignVectors(List<SentenceProfile> profiles)
    {
        var frequency = new int[stems.Count];
        foreach (var profile in profiles)
            foreach (var term in profile.ContentTerms.Distinct()) frequency[term]++;
        var isName = NameTerms(profiles);
        var idf = new double[stems.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = Math.Log((profiles.Count + 1.0) / (frequency[t] + 0.5));
        foreach (var profile in profiles)
        {
            var counts = new SortedDictionary<int, double>();
            var events = new SortedDictionary<int, double>();
            for (var k = 0; k < profile.ContentTerms.Length; k++)
            {
                var term = profile.ContentTerms[k];
                counts[term] = counts.GetValueOrDefault(term) + 1;
                events[term] = events.GetValueOrDefault(term) + (isName[term] ? NameWeight : 1);
            }
            profile.Vector = SparseVector.FromCounts(counts, idf);
            profile.EventVector = SparseVector.FromCounts(events, idf);
            profile.EventTerms = [.. events.Keys.Where(term => !isName[term])];
        }
    }

    /// <summary>Terms written capitalised in most of their occurrences that do not open a sentence.</summary>
    private bool[] NameTerms(List<SentenceProfile> profiles)
    {
        var capitalized = new int[stems.Count];
        var inside = new int[stems.Count];
        foreach (var profile in profiles)
            for (var k = 0; k < profile.ContentTerms.Length; k++)
            {
                if (profile.Casing[k] == Casing.Initial) continue;
                inside[profile.ContentTerms[k]]++;
                if (profile.Casing[k] == Casing.Capitalized) capitalized[profile.ContentTerms[k]]++;
            }
        return capitalized.Select((c, t) => inside[t] > 0 && 2 * c >= inside[t]).ToArray();
    }

    private int Id(string stem)
    {
        if (!stems.TryGetValue(stem, out var id)) stems[stem] = id = stems.Count;
        return id;
    }

    private int BigramId(int first, int second)
    {
        var key = ((long)first << 32) | (uint)second;
        if (!bigrams.TryGetValue(key, out var id)) bigrams[key] = id = bigrams.Count;
        return id;
    }

    /// <summary>Words as the budget counts them: whitespace-separated tokens.</summary>
    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
