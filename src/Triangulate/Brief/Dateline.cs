using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Brief;

/// <summary>
/// The dateline that opens a wire story ("WASHINGTON (AP) --", "BEIJING, March 5 (Xinhua) --",
/// "NEW YORK _"): the place in capitals, an optional state or date, an optional agency in brackets,
/// then a dash. It is no part of what the sentence reports, so a summary quotes the sentence without it.
/// </summary>
internal static partial class Dateline
{
    /// <summary>The range of the sentence after its dateline; the whole range when it has none or is not the article's first.</summary>
    public static TextRange After(string body, Sentence sentence)
    {
        var range = sentence.Range;
        if (sentence.Index != 0) return range;
        var match = Pattern().Match(body, range.Start, range.Length);
        if (!match.Success) return range;
        var start = range.Start + match.Length;
        return start < range.End ? new TextRange(start, range.End) : range;
    }

    [GeneratedRegex(@"\G[A-Z][A-Z.'\-]*[A-Z.](?:\s+[A-Z][A-Z.'\-]*[A-Z.])*(?:,\s+(?:[A-Z][a-z]{1,4}\.|[A-Z][a-z]+)(?:\s+\d{1,2})?)*\s*(?:\([A-Za-z][A-Za-z .&\-]{0,30}\)\s*)?(?:--|_|—|–|-)\s+(?=[A-Z0-9""“`'])")]
    private static partial Regex Pattern();
}
