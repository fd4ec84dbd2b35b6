using Triangulate.Model;

namespace Triangulate.Annotate.Quotes;

/// <summary>A word or punctuation mark of a sentence, as the attribution rules read them.</summary>
internal readonly record struct ClauseToken(TextRange Range, string Text, bool IsWord)
{
    public string Lower => Text.ToLowerInvariant();

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    public bool Is(string punctuation) => !IsWord && Text == punctuation;

    public bool IsQuoteMark => !IsWord && QuoteMarks.IsAny(Text[0]);
}
