namespace Triangulate.Ingest;

/// <summary>What a block of the source looked like in its markup (plain text gives only paragraphs).</summary>
public enum BlockKind { Paragraph, Heading, ListItem, BlockQuote, TableRow, Caption, Preformatted }

/// <summary>One block of text (a paragraph or line) in source order, whitespace not yet normalised.</summary>
public sealed record DraftBlock(string Text, BlockKind Kind = BlockKind.Paragraph);
