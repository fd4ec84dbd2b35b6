using Triangulate.Brief;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate;

/// <summary>The common path through the pipeline in one call each.</summary>
public static class Triangulator
{
    /// <summary>Reads raw inputs into articles with unique ids (throws for unusable input; see <see cref="ArticleReader"/>).</summary>
    public static Article Read(RawInput input) => ArticleReader.Read(input);

    /// <summary>One story's articles → its briefing.</summary>
    public static Briefing Brief(IEnumerable<Article> articles, BriefOptions? options = null) =>
        BriefingAssembler.Assemble(ArticleIds.AssignUnique(articles), options ?? BriefOptions.Default);
}
