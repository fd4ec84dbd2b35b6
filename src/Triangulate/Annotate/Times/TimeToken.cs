namespace Triangulate.Annotate.Times;

internal enum TimeTokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A letter run, a digit run or one other character of the body. <see cref="Lower"/> is the text in
/// lower case (apostrophes as '); <see cref="Joined"/> says the token touches the one before it.
/// </summary>
internal readonly record struct TimeToken(int Start, int End, string Lower, TimeTokenKind Kind, bool Capitalized, bool Joined)
{
    public bool IsWord => Kind == TimeTokenKind.Word;

    public bool IsNumber => Kind == TimeTokenKind.Number;

    public int Length => End - Start;

    /// <summary>The digits' value, or -1 for a token that is not a number (or one too long to matter).</summary>
    public int Number => Kind == TimeTokenKind.Number && Lower.Length <= 9 ? int.Parse(Lower, System.Globalization.CultureInfo.InvariantCulture) : -1;

    public bool Is(string lower) => Lower == lower;
}
