namespace Triangulate.Compare.Quotes;

/// <summary>One step of a word diff: a word both wordings share, or one only the canonical (deleted) or the variant (inserted) has.</summary>
internal readonly record struct WordEdit(WordEditKind Kind, string Word, string Key)
{
    public const string Ellipsis = "…";

    public bool IsEllipsis => Key == Ellipsis;
}

internal enum WordEditKind { Equal, Delete, Insert }
