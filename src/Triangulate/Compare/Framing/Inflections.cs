namespace Triangulate.Compare.Framing;

/// <summary>
/// Regular English inflections of a base form, generated rather than stemmed so that a lexicon entry
/// matches exactly its own forms. A final consonant after one vowel is given both with and without
/// doubling (slammed, labelled, labeled): a form no one writes does no harm.
/// </summary>
internal static class Inflections
{
    public static IReadOnlyList<string> OfNoun(string noun) => [noun, Plural(noun)];

    public static IReadOnlyList<string> OfVerb(string verb)
    {
        var forms = new List<string> { verb, Plural(verb) };
        var last = verb[^1];
        if (last == 'e') forms.AddRange([verb + "d", verb[..^1] + "ing"]);
        else if (last == 'y' && verb.Length > 1 && !IsVowel(verb[^2])) forms.AddRange([verb[..^1] + "ied", verb + "ing"]);
        else
        {
            forms.AddRange([verb + "ed", verb + "ing"]);
            if (EndsInShortSyllable(verb)) forms.AddRange([verb + last + "ed", verb + last + "ing"]);
        }
        return forms.Distinct().ToList();
    }

    private static string Plural(string word) => word switch
    {
        _ when word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch") || word.EndsWith("sh") => word + "es",
        _ when word.Length > 1 && word[^1] == 'y' && !IsVowel(word[^2]) => word[..^1] + "ies",
        _ => word + "s",
    };

    private static bool EndsInShortSyllable(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
