using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Picks the elements that hold the article's text, in document order. A page that marks its body
/// (itemprop="articleBody") is taken at its word; otherwise each prose paragraph scores its parent
/// fully and its grandparent by half (as Readability does), the best-scoring element with few links
/// wins, and siblings that score close to it are kept beside it (articles split across sections).
/// </summary>
internal static class MainContentFinder
{
    public static IReadOnlyList<IElement> Find(IElement body)
    {
        var stats = TextStats.Compute(body);
        var roots = WithLead(body, Containers(body, stats), stats);
        return WithStoryProse(roots, body, stats);
    }

    /// <summary>
    /// An &lt;article&gt; holding the page's h1 and the chosen text is the story (HTML's sectioning element
    /// for it): prose paragraphs of it beside the chosen text box (an intro box, a second text box) are the
    /// story's too. Only paragraphs of real prose join, so teasers, headings and newsletter lines stay out.
    /// </summary>
    private static IReadOnlyList<IElement> WithStoryProse(IReadOnlyList<IElement> roots, IElement body, TextStats stats)
    {
        if (roots.Count == 0 || roots[0] == body) return roots;
        var story = roots[^1].ParentElement?.Closest("article");
        if (story is null || !body.Contains(story) || story.QuerySelector("h1") is null || !roots.All(story.Contains)) return roots;
        var extra = new List<IElement>();
        foreach (var e in HtmlTree.Descendants(story))
        {
            if (roots.Any(r => r.Contains(e) || e.Contains(r)) || (extra.Count > 0 && extra[^1].Contains(e))) continue;
            if (IsProseParagraph(e, stats, MinStoryProse)) extra.Add(e);
        }
        if (extra.Count == 0) return roots;
        var all = new List<IElement>(roots);
        all.AddRange(extra);
        all.Sort((x, y) => x == y ? 0 : IsBefore(x, y) ? -1 : 1);
        return all;
    }

    /// <summary>Prose characters a paragraph of the story beside the text box needs to join it.</summary>
    private const int MinStoryProse = 140;

    private static IReadOnlyList<IElement> Containers(IElement body, TextStats stats)
    {
        var total = stats[body].Weight;
        // Too little prose to score (photo posts, fact sheets, short lists): what pruning left is the text.
        if (total < MinProse) return [body];

        var marked = Outermost(body.QuerySelectorAll("[itemprop='articleBody'], [itemprop='articlebody']"));
        if (marked.Count > 0 && marked.Sum(e => stats[e].Weight) >= 0.3 * total) return marked;

        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var e in HtmlTree.Descendants(body))
        {
            var w = stats[e].OwnWeight;
            if (w == 0) continue;
            if (e.ParentElement is { } parent)
            {
                Add(scores, parent, w);
                if (parent != body && parent.ParentElement is { } grand) Add(scores, grand, w / 2.0);
            }
        }
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (e, score) in scores)
        {
            var adjusted = score * (1 - TextStats.LinkDensity(stats[e]));
            if (adjusted > bestScore || (adjusted == bestScore && best is not null && IsBefore(e, best)))
            {
                best = e;
                bestScore = adjusted;
            }
        }
        if (best is null) return [body];
        best = CommonAncestorOfRivals(best, bestScore, scores, stats, body);
        if (SameKind(best, body, stats) is { Count: > 1 } sections) return sections;
        if (best == body || best.ParentElement is not { } container) return [best];

        var threshold = Math.Max(10, 0.2 * bestScore);
        var result = new List<IElement>();
        foreach (var node in container.ChildNodes)
        {
            if (node is not IElement sibling) continue;
            var f = stats[sibling];
            var density = TextStats.LinkDensity(f);
            var siblingScore = scores.GetValueOrDefault(sibling) * (1 - density);
            if (sibling == best || siblingScore >= threshold || (f.OwnWeight >= 80 && density < 0.25) || (f.Weight >= 0.2 * stats[best].Weight && density < 0.25))
                result.Add(sibling);
        }
        return result;
    }

    /// <summary>
    /// The standfirst printed between the headline and the text container (in the article's header, or a
    /// block of its own) is the article's first paragraph: prose paragraphs there join the text, as long
    /// as little else (byline, date, caption) stands between the h1 and the container.
    /// </summary>
    private static IReadOnlyList<IElement> WithLead(IElement body, IReadOnlyList<IElement> roots, TextStats stats)
    {
        if (roots.Count == 0 || roots[0] == body || body.QuerySelector("h1") is not { } h1) return roots;
        var first = roots[0];
        if (first.Contains(h1) || h1.Contains(first) || !IsBefore(h1, first)) return roots;
        // A container that opens with a heading of its own has its own headline: the h1 above is the site's name.
        if (OpensWithHeading(first, stats)) return roots;
        var lead = new List<IElement>();
        var between = 0;
        var afterHeadline = false;
        foreach (var e in HtmlTree.Descendants(body))
        {
            if (e == first) break;
            if (!afterHeadline) { afterHeadline = e == h1; continue; }
            if (h1.Contains(e) || (lead.Count > 0 && lead[^1].Contains(e))) continue;
            between += stats[e].OwnText;
            if (between > MaxBetween) return roots;
            if (IsProseParagraph(e, stats, MinLead)) lead.Add(e);
        }
        return lead.Count is > 0 and <= MaxLead ? [.. lead, .. roots] : roots;
    }

    private static bool OpensWithHeading(IElement container, TextStats stats)
    {
        foreach (var e in HtmlTree.Descendants(container))
            if (stats[e].OwnText > 0) return e.Closest("h1, h2, h3") is { } heading && container.Contains(heading);
        return false;
    }

    /// <summary>A paragraph of its own prose, at least <paramref name="minWeight"/> of it, mostly not links, and no caption, credit or notice.</summary>
    private static bool IsProseParagraph(IElement e, TextStats stats, int minWeight) =>
        stats[e].OwnWeight >= minWeight && TextStats.LinkDensity(stats[e]) < 0.25 && !IsAboutAPicture(e);

    /// <summary>Words of a class that mark a picture's caption or credit, or a notice about the text, near a headline.</summary>
    private static readonly HashSet<string> BesideLeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "caption", "credit", "credits", "copyright", "annotation", "figure", "image", "img", "photo", "picture", "media", "notice", "disclaimer",
    };

    /// <summary>Whether the paragraph, or one of its three nearest ancestors, is a caption, credit or notice rather than the standfirst.</summary>
    private static bool IsAboutAPicture(IElement e)
    {
        var ancestor = e;
        for (var i = 0; i < 4 && ancestor is not null; i++, ancestor = ancestor.ParentElement)
            if (ancestor.LocalName is "figure" or "figcaption" || ClassTokens.ContainsAny(ancestor.GetAttribute("class"), BesideLeadWords)) return true;
        return false;
    }

    /// <summary>Visible characters between the h1 and the text container beyond which the two are not one article's.</summary>
    private const int MaxBetween = 700;

    private const int MaxLead = 3;

    /// <summary>
    /// Characters a lead needs: a teaser paragraph is several sentences, while a one-line dek under the
    /// headline restates it and is not counted as body text.
    /// </summary>
    private const int MinLead = 160;

    /// <summary>
    /// An article split into sections gives several candidates of similar score; when enough of the
    /// best rivals sit under one ancestor of the winner, that ancestor holds the article.
    /// </summary>
    private static IElement CommonAncestorOfRivals(IElement best, double bestScore, Dictionary<IElement, double> scores, TextStats stats, IElement body)
    {
        var rivals = scores
            .Select(kv => (Element: kv.Key, Score: kv.Value * (1 - TextStats.LinkDensity(stats[kv.Key]))))
            .Where(r => r.Element != best && r.Score >= RivalShare * bestScore)
            .OrderByDescending(r => r.Score)
            .Take(5)
            .Select(r => r.Element)
            .ToList();
        if (rivals.Count < MinRivals) return best;
        for (var ancestor = best.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
            if (rivals.Count(ancestor.Contains) >= MinRivals) return ancestor;
        return best;
    }

    /// <summary>
    /// Articles broken up by figures or ads often repeat their text container ("story-body" sections):
    /// every prose-bearing element with the winner's tag and all of its classes belongs to the article,
    /// also when it adds a modifier of its own ("box box--first").
    /// </summary>
    private static List<IElement>? SameKind(IElement best, IElement body, TextStats stats)
    {
        var classes = best.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(classes)) return null;
        var tokens = classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var same = HtmlTree.Descendants(body)
            .Where(e => e.LocalName == best.LocalName && HasAll(e.GetAttribute("class"), classes, tokens) && stats[e].Weight > 0 && TextStats.LinkDensity(stats[e]) < 0.3)
            .ToList();
        return same.Count > 1 ? Outermost(same) : null;
    }

    private static bool HasAll(string? classes, string bestClasses, string[] tokens)
    {
        if (classes is null) return false;
        if (classes == bestClasses) return true;
        // Cheap rejection first: this runs for every element of the winner's tag.
        if (classes.Length <= bestClasses.Length || !classes.Contains(tokens[0], StringComparison.Ordinal)) return false;
        var own = classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return tokens.All(t => own.Contains(t, StringComparer.Ordinal));
    }

    /// <summary>Characters of prose paragraphs below which a page has no paragraph structure to score.</summary>
    private const int MinProse = 150;

    private const double RivalShare = 0.75;
    private const int MinRivals = 3;

    private static void Add(Dictionary<IElement, double> scores, IElement e, double w) =>
        scores[e] = scores.GetValueOrDefault(e) + w;

    private static bool IsBefore(IElement a, IElement b) =>
        (a.CompareDocumentPosition(b) & DocumentPositions.Following) != 0;

    /// <summary>Drops elements nested in an earlier one; the input is in document order, so only the last kept can contain the next.</summary>
    private static List<IElement> Outermost(IEnumerable<IElement> elements)
    {
        var result = new List<IElement>();
        foreach (var e in elements)
            if (result.Count == 0 || !result[^1].Contains(e)) result.Add(e);
        return result;
    }
}
