using Triangulate.Annotate.Quotes;
using Triangulate.Model;

namespace Triangulate.Compare.People;

/// <summary>
/// The title written right before a name: "Russian President | Vladimir Putin", "U.S. Secretary of
/// State | Antony Blinken", "NATO Secretary-General | Jens Stoltenberg". Title and role words, joined
/// by "of", with one country or nationality word in front; null when the name stands alone.
/// </summary>
internal static class TitleBeforeName
{
    private const int MaxWords = 7;

    public static string? Find(string body, TextRange sentence, TextRange name)
    {
        if (name.Start <= sentence.Start) return null;
        var tokens = ClauseTokenizer.Tokenize(body, new TextRange(sentence.Start, name.Start));
        var lexicon = AttributionLexicon.Instance;
        bool IsTitle(ClauseToken t) => t.IsCapitalised && lexicon.IsTitleOrRole(t.Lower);
        bool IsHonorific(ClauseToken t) => lexicon.MaleTitles.Contains(t.Lower) || lexicon.FemaleTitles.Contains(t.Lower);
        var start = tokens.Count;
        while (start > 0 && tokens.Count - start < MaxWords)
        {
            var t = tokens[start - 1];
            if (IsTitle(t) || (t.Lower == "of" && start < tokens.Count && start >= 2 && IsTitle(tokens[start - 2]))) start--;
            else break;
        }
        if (tokens.Skip(start).All(IsHonorific)) return null;
        // One country or nationality word before the title: "Russian", "Ukraine's", "U.S.".
        if (start > 0 && tokens[start - 1].IsCapitalised && !IsHonorific(tokens[start - 1])) start--;
        var words = tokens.Skip(start).Where(t => !IsHonorific(t)).Select(t => t.Text).ToList();
        return words.Count == 0 || words.All(w => w == "of") ? null : string.Join(' ', words);
    }
}
