using Triangulate.Diagnostics;
using Triangulate.Ingest;
using Triangulate.Ingest.Sources;
using Triangulate.Model;

namespace Triangulate.Cli.Commands;

/// <summary>
/// Loads what the user named and reads each input into an article. A bad input costs a warning,
/// never the run. Articles are sorted by source (then body) so the output does not depend on the
/// order the paths were given in. The reader is <see cref="Triangulator.Read"/> unless one is given
/// (`annotate --raw` takes the text as it is).
/// </summary>
internal static class ArticleLoading
{
    public static async Task<LoadedArticles> LoadAsync(
        IReadOnlyList<string> specs, FetchOptions fetch, Action<string> progress, CancellationToken cancellationToken,
        Func<RawInput, Article>? read = null)
    {
        read ??= Triangulator.Read;
        progress("Loading inputs");
        var loaded = await new InputLoader(fetch).LoadAsync(specs, cancellationToken);
        var warnings = loaded.Errors.Select(e => OneLine(e.OneLine)).ToList();
        progress($"Reading {loaded.Inputs.Count} inputs");
        // Inputs are independent: read them in parallel, then report in input order.
        var results = loaded.Inputs.AsParallel().AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(input => Read(input, read))
            .ToList();
        var articles = new List<Article>();
        foreach (var (article, warning) in results)
        {
            if (article is not null) articles.Add(article);
            if (warning is not null) warnings.Add(warning);
        }
        articles.Sort(static (a, b) =>
        {
            var bySource = string.CompareOrdinal(a.Source, b.Source);
            return bySource != 0 ? bySource : string.CompareOrdinal(a.Body, b.Body);
        });
        return new LoadedArticles(articles, warnings);
    }

    private static (Article? Article, string? Warning) Read(RawInput input, Func<RawInput, Article> read)
    {
        try
        {
            var article = read(input);
            return string.IsNullOrWhiteSpace(article.Body)
                ? (null, $"{input.Source}: no article text found")
                : (article, null);
        }
        catch (TriangulateException e)
        {
            return (null, OneLine(e.OneLine));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader bug on one odd input should not lose the others.
            return (null, $"{input.Source}: cannot read: {OneLine(e.Message)}");
        }
    }

    private static string OneLine(string text) => CliApp.OneLine(text);
}
