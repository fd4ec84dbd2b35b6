using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>`extract` output: one compact article object (the contract's articles[] item) per line.</summary>
public static class JsonLinesArticleRenderer
{
    public static string RenderLine(Article article) =>
        JsonOutput.Write(indented: false, writer => ArticleJsonWriter.Write(writer, article)) + "\n";

    public static string Render(IEnumerable<Article> articles) => string.Concat(articles.Select(RenderLine));
}
