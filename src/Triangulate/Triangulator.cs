using Triangulate.Annotate;
using Triangulate.Brief;
using Triangulate.Compare;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate;

/// <summary>The common path through the pipeline in one call each.</summary>
public static class Triangulator
{
    /// <summary>Reads raw inputs into articles with unique ids (throws for unusable input; see <see cref="ArticleReader"/>).</summary>
    public static Article Read(RawInput input) => ArticleReader.Read(input);

    /// <summary>Reads an input's decoded text as the body, unchanged (throws for unusable input; see <see cref="RawArticleReader"/>).</summary>
    public static Article ReadRaw(RawInput input) => RawArticleReader.Read(input);

    /// <summary>
    /// Gives the articles unique ids and annotates each, in parallel; the result keeps the articles' order.
    /// An article without a publication time takes <see cref="AnnotationOptions.Published"/>.
    /// </summary>
    public static IReadOnlyList<AnnotatedArticle> Annotate(
        IEnumerable<Article> articles, AnnotationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var published = (options ?? AnnotationOptions.Default).Published;
        var annotated = ArticleIds.AssignUnique(articles).AsParallel().AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(article => ArticleAnnotator.Annotate(
                article.Published is null && published is not null ? Dated(article, published) : article))
            .ToList();
        // Names get the ids of the entities they name across the articles read together, as in a briefing.
        var entities = StoryComparer.ResolveEntities(annotated);
        return annotated.Select(a => a with
        {
            Entities = a.Entities.Select(m => m with { Entity = m.Range.End <= a.Article.Body.Length ? entities.Find(a.Id, m.Range.Slice(a.Article.Body))?.Id : null }).ToList(),
        }).ToList();
    }

    private static Article Dated(Article article, PublicationTime published) =>
        MetadataProvenance.Relabel(article with { Published = published }, [new(MetadataField.Published, MetadataSource.UserSupplied)]);

    /// <summary>One story's articles → its briefing.</summary>
    public static Briefing Brief(IEnumerable<Article> articles, BriefOptions? options = null) =>
        BriefingAssembler.Assemble(ArticleIds.AssignUnique(articles), options ?? BriefOptions.Default);
}
