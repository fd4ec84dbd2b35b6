namespace Triangulate.Compare.Quotes;

/// <summary>
/// Whether a wording differs from the canonical one in substance. Not substantive: only punctuation,
/// case, quote marks or spelling (the diff has no change at all), words cut at either end
/// (truncation), or words left out where an ellipsis stands. Substantive: any word replaced, or
/// words added or dropped inside the quote without an ellipsis.
/// </summary>
internal static class VariantSubstance
{
    public static bool IsSubstantive(IReadOnlyList<WordEdit> edits)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind != WordEditKind.Equal) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return edits.Any(e => !e.IsEllipsis);
        // Cut at either end: one-sided runs are truncation; both sides changed there is a replacement.
        if (Replaces(edits.Take(first)) || Replaces(edits.Skip(last + 1))) return true;
        for (var i = first; i <= last;)
        {
            if (edits[i].Kind == WordEditKind.Equal) { i++; continue; }
            var run = new List<WordEdit>();
            while (edits[i].Kind != WordEditKind.Equal) run.Add(edits[i++]);
            var elided = run.Any(e => e.IsEllipsis);
            if (elided ? Replaces(run) : run.Count > 0) return true;
        }
        return false;
    }

    /// <summary>Words (not ellipses) both deleted and inserted in the same run.</summary>
    private static bool Replaces(IEnumerable<WordEdit> run)
    {
        var words = run.Where(e => !e.IsEllipsis).ToList();
        return words.Any(e => e.Kind == WordEditKind.Delete) && words.Any(e => e.Kind == WordEditKind.Insert);
    }
}
