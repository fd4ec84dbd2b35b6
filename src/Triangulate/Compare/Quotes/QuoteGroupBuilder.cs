using Triangulate.Compare.People;
using Triangulate.Compare.Sources;
using Triangulate.Model;

namespace Triangulate.Compare.Quotes;

/// <summary>
/// Turns grouped quotes into a <see cref="QuoteGroup"/>: canonical text, every mention, one variant
/// per differing wording of an article, the speaker the articles agree on (the person most of them
/// name; null when none names one or they are evenly split) and its support (distinct sources, wire
/// copies once). Ids hash the canonical words and the speaker.
/// </summary>
internal static class QuoteGroupBuilder
{
    public static IReadOnlyList<QuoteGroup> Build(IReadOnlyList<IReadOnlyList<PlacedQuote>> groups, StorySources sources)
    {
        var ids = new StableIds();
        return groups.Select(g => Build(g, ids, sources)).ToList();
    }

    private static QuoteGroup Build(IReadOnlyList<PlacedQuote> members, StableIds ids, StorySources sources)
    {
        var text = QuoteWording.Canonical(members);
        var speaker = AgreedSpeaker(members);
        var key = members.First(m => QuoteWording.Of(m.Text) == text).Words.Key;
        return new QuoteGroup(
            ids.Next(key + "\n" + speaker?.Id),
            speaker is null ? null : new Speaker(speaker.Name, speaker.Role),
            speaker?.Id,
            text,
            members.Select(m => new QuoteGroupMention(m.ArticleId, m.Mention)).ToList(),
            Variants(members, text))
        {
            Support = sources.Count(members.Select(m => m.ArticleId)),
        };
    }

    private static ResolvedEntity? AgreedSpeaker(IReadOnlyList<PlacedQuote> members)
    {
        var counts = members.Where(m => m.Speaker is not null)
            .GroupBy(m => m.Speaker!.Id, StringComparer.Ordinal)
            .Select(g => (Entity: g.First().Speaker!, Articles: g.Select(m => m.ArticleId).Distinct().Count()))
            .OrderByDescending(c => c.Articles).ToList();
        if (counts.Count == 0 || (counts.Count > 1 && counts[1].Articles == counts[0].Articles)) return null;
        return counts[0].Entity;
    }

    private static List<QuoteVariant> Variants(IReadOnlyList<PlacedQuote> members, string canonical)
    {
        var variants = new List<QuoteVariant>();
        var seen = new HashSet<(string, string)>();
        foreach (var member in members)
        {
            var text = QuoteWording.Of(member.Text);
            if (text == canonical || !seen.Add((member.ArticleId, text))) continue;
            var edits = WordDiff.Compute(canonical, text);
            variants.Add(new QuoteVariant(member.ArticleId, text, WordDiff.Render(edits), VariantSubstance.IsSubstantive(edits)));
        }
        return variants;
    }
}
