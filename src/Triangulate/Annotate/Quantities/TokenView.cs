using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Annotate.Quantities;

/// <summary>The words of one sentence with the text between them, which tells "100 000" from "100, 000" and "8:55" from "8 55".</summary>
internal sealed class TokenView
{
    private readonly string body;
    private readonly IReadOnlyList<Token> tokens;
    private readonly TextRange sentence;

    public TokenView(string body, TextRange sentence)
    {
        this.body = body;
        this.sentence = sentence;
        tokens = WordTokenizer.Tokenize(body, sentence);
    }

    public int Count => tokens.Count;

    public TextRange Range(int i) => tokens[i].Range;

    /// <summary>The normalised word, or "" outside the sentence.</summary>
    public string Norm(int i) => i >= 0 && i < tokens.Count ? tokens[i].Norm : "";

    /// <summary>The text between the previous word (or the sentence start) and word <paramref name="i"/>.</summary>
    public string Before(int i)
    {
        var from = i == 0 ? sentence.Start : tokens[i - 1].Range.End;
        var to = i < tokens.Count ? tokens[i].Range.Start : sentence.End;
        return body[from..to];
    }

    /// <summary>The text between word <paramref name="i"/> and the next word (or the sentence end).</summary>
    public string After(int i) => Before(i + 1);

    /// <summary>Only spaces separate word <paramref name="i"/> from the word before it.</summary>
    public bool SpacedBefore(int i) => i > 0 && i < tokens.Count && IsSpaces(Before(i));

    public bool IsCapitalised(int i) => i >= 0 && i < tokens.Count && char.IsUpper(body[tokens[i].Range.Start]);

    public bool IsLetters(int i) => i >= 0 && i < tokens.Count && tokens[i].Norm.All(c => char.IsLetter(c) || c is '\'' or '.');

    public static bool IsSpaces(string gap) => gap.Length > 0 && gap.All(char.IsWhiteSpace);
}
