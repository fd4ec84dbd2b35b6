using Triangulate.Annotate;
using Triangulate.Brief;
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
        return ArticleIds.AssignUnique(articles).AsParallel().AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(article => ArticleAnnotator.Annotate(
                article.Published is null && published is not null ? article with { Published = published } : article))
            .ToList();
    }

    /// <summary>One story's articles → its briefing.</summary>
    public static Briefing Brief(IEnumerable<Article> articles, BriefOptions? options = null) =>
        BriefingAssembler.Assemble(ArticleIds.AssignUnique(articles), options ?? BriefOptions.Default);
}
