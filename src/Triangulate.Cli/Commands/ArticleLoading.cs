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
    /// <summary>Inputs read per parallel batch: enough to keep the cores busy, few enough that a WARC file never sits in memory whole.</summary>
    private const int BatchSize = 64;

    public static async Task<LoadedArticles> LoadAsync(
        IReadOnlyList<string> specs, FetchOptions fetch, Action<string> progress, CancellationToken cancellationToken,
        Func<RawInput, Article>? read = null)
    {
        read ??= Triangulator.Read;
        progress("Loading inputs");
        var loadWarnings = new List<string>();
        var readWarnings = new List<string>();
        var articles = new List<Article>();
        var batch = new List<RawInput>(BatchSize);
        var count = 0;
        void ReadBatch()
        {
            count += batch.Count;
            progress($"Reading inputs ({count})");
            // Inputs are independent: read them in parallel, then report in input order.
            foreach (var (article, warning) in batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(input => Read(input, read)).ToList())
            {
                if (article is not null) articles.Add(article);
                if (warning is not null) readWarnings.Add(warning);
            }
            batch.Clear();
        }
        await foreach (var entry in new InputLoader(fetch).StreamAsync(specs, cancellationToken))
        {
            if (entry.Warning is not null) loadWarnings.Add(OneLine(entry.Warning.OneLine));
            if (entry.Input is null) continue;
            batch.Add(entry.Input);
            if (batch.Count == BatchSize) ReadBatch();
        }
        ReadBatch();
        articles.Sort(static (a, b) =>
        {
            var bySource = string.CompareOrdinal(a.Source, b.Source);
            return bySource != 0 ? bySource : string.CompareOrdinal(a.Body, b.Body);
        });
        return new LoadedArticles(articles, [.. loadWarnings, .. readWarnings]);
    }

    private static (Article? Article, string? Warning) Read(RawInput input, Func<RawInput, Article> read)
    {
        try
        {
            var article = read(input);
            if (string.IsNullOrWhiteSpace(article.Body)) return (null, $"{input.Source}: no article text found");
            // A cut page is still read, but its reader must know the article may end early.
            var cut = article.Removed.FirstOrDefault(r => r.Reason == RemovedText.PageTooLarge);
            return (article, cut is null ? null : $"{input.Source}: {cut.Reason}: {cut.Text} were not read; the article may be incomplete");
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
