namespace Triangulate.Text;

/// <summary>
/// English function words (articles, pronouns, auxiliaries, prepositions, conjunctions) that say
/// nothing about what a sentence is about. Compared against <see cref="Token.Norm"/>.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "either", "even", "ever", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most",
        "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "same", "shall", "she", "should", "since", "so",
        "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon",
        "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
        "yourselves", "said", "says", "say", "told", "mr", "mrs", "ms", "one", "'s", "s", "t", "'t",
        "it's", "he's", "she's", "that's", "there's", "they're", "we're", "i'm", "don't", "didn't", "doesn't",
        "isn't", "wasn't", "won't", "can't", "couldn't", "wouldn't", "hasn't", "haven't", "hadn't", "aren't",
    };

    public static bool Contains(string norm) => Words.Contains(norm);
}
