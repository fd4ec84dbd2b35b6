using Triangulate.Diagnostics;
using Triangulate.Ingest.Cleaning.Rules;
using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// <see cref="DocumentDraft"/> → <see cref="Article"/>. Repairs and normalises each block, lets
/// each <see cref="IParagraphRule"/> claim the paragraphs it recognises (boilerplate, datelines,
/// bylines, credits, captions …, each removal listed with its reason), reads the headline and the
/// site's self-references, and builds the body: the remaining paragraphs joined by a blank line.
/// Metadata from markup always wins; text cues fill only what markup left null.
/// Works for any reader's draft (plain text, HTML).
/// </summary>
public static class ArticleCleaner
{
    /// <summary>Rules in the order they get to claim a paragraph: specific cues before general boilerplate.</summary>
    private static readonly IParagraphRule[] Rules =
    [
        new DuplicateRule(),
        new MastheadRule(),
        new UrlRule(),
        new MachineTranslationRule(),
        new DatelineRule(),
        new BylineRule(),
        new CreditsRule(),
        new SyndicationRule(),
        new CaptionRule(),
        new BoilerplateRule(),
    ];

    public static Article Clean(DocumentDraft draft)
    {
        var context = new CleaningContext(Normalize(draft.Blocks));
        var paragraphs = context.Paragraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!paragraphs[i].Kept) continue; // claimed by a rule that read its neighbour
            foreach (var rule in Rules)
            {
                if (rule.Apply(context, i) is not { } reason) continue;
                paragraphs[i].Reason = reason;
                break;
            }
        }
        // The site names itself in furniture (newsletter boxes, about-us blurbs) that rules removed;
        // kept article text that mentions an outlet says nothing about the page's own outlet.
        foreach (var p in paragraphs)
            if (!p.Kept && SelfReferenceParser.OutletName(p.Text) is { } name) context.Facts.SelfNames.Add((name, MetadataSource.SelfReference));

        var markup = draft.Metadata;
        var title = TitleFinder.Find(context, markup.Title);
        var body = Join(paragraphs);
        if (body.Length == 0)
            throw new TriangulateException(ErrorCode.Empty, draft.Source, "no article text left after removing boilerplate");

        var facts = context.Facts;
        var url = markup.Url ?? facts.Url;
        var (outlet, outletSource) = OutletResolver.Outlet(markup, url, facts);
        var (originalOutlet, originalOutletSource) = OutletResolver.OriginalOutlet(markup, outlet, facts);
        var (published, publishedSource, updated, updatedSource) = PublicationDates.From(facts.Dates);
        var article = new Article
        {
            Id = ArticleIds.ForBody(body),
            Source = draft.Source,
            Title = title,
            Outlet = outlet,
            OriginalOutlet = originalOutlet,
            Authors = MarkupAuthorsWin(markup, facts) ? markup.Authors : facts.Authors,
            Published = markup.Published ?? published ?? markup.Updated,
            Updated = markup.Updated ?? updated,
            Url = url,
            Language = markup.Language ?? LanguageIdentifier.Identify(body),
            MachineTranslated = facts.MachineTranslated,
            Credits = facts.Credits,
            Captions = [.. markup.Captions, .. facts.Captions],
            Body = body,
            Removed = [.. draft.Removed, .. RemovedParts(paragraphs)],
        };
        return article with
        {
            Provenance = MetadataProvenance.For(article, new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                [MetadataField.Title] = markup.Title is not null ? markup.SourceOf(MetadataField.Title) : MetadataSource.HeadlineLine,
                [MetadataField.Outlet] = outletSource,
                [MetadataField.OriginalOutlet] = originalOutletSource,
                [MetadataField.Authors] = MarkupAuthorsWin(markup, facts) ? markup.SourceOf(MetadataField.Authors) : MetadataSource.Byline,
                [MetadataField.Published] = markup.Published is not null ? markup.SourceOf(MetadataField.Published)
                    : published is not null ? publishedSource : markup.SourceOf(MetadataField.Updated),
                [MetadataField.Updated] = markup.Updated is not null ? markup.SourceOf(MetadataField.Updated) : updatedSource,
                [MetadataField.Url] = markup.Url is not null ? markup.SourceOf(MetadataField.Url) : MetadataSource.OriginalUrlLine,
                [MetadataField.Language] = markup.Language is not null ? markup.SourceOf(MetadataField.Language) : MetadataSource.DetectedLanguage,
            }),
        };
    }

    /// <summary>Markup authors win over a byline in the text unless they only name the site and the byline names someone.</summary>
    private static bool MarkupAuthorsWin(DraftMetadata markup, ArticleFacts facts) =>
        markup.Authors.Count > 0 && !(markup.AuthorsNameOutlet && facts.Authors.Count > 0);

    private static IEnumerable<RemovedText> RemovedParts(List<Paragraph> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            if (!p.Kept) yield return new RemovedText(p.Text, p.Reason!);
            if (p.SplitOff is { } part) yield return part;
        }
    }

    /// <summary>The kept paragraphs joined by a blank line, copied once into a string of the final size.</summary>
    private static string Join(List<Paragraph> paragraphs)
    {
        var kept = paragraphs.Where(p => p.Kept).Select(p => p.Text).ToList();
        if (kept.Count == 0) return "";
        var length = 2L * (kept.Count - 1);
        foreach (var text in kept) length += text.Length;
        return string.Create(checked((int)length), kept, static (span, texts) =>
        {
            var at = 0;
            for (var i = 0; i < texts.Count; i++)
            {
                if (i > 0) { span[at++] = '\n'; span[at++] = '\n'; }
                texts[i].CopyTo(span[at..]);
                at += texts[i].Length;
            }
        });
    }

    private static List<Paragraph> Normalize(IReadOnlyList<DraftBlock> blocks)
    {
        var paragraphs = new List<Paragraph>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = WhitespaceNormalizer.Normalize(TextRepair.Repair(block.Text));
            if (text.Length > 0) paragraphs.Add(new Paragraph(text, block.Kind));
        }
        return paragraphs;
    }
}
