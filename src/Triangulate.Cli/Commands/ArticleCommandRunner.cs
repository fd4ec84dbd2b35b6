using Triangulate.Ingest;
using Triangulate.Ingest.Sources;
using Triangulate.Model;

namespace Triangulate.Cli.Commands;

/// <summary>
/// The run shared by the commands that read articles: load the inputs, turn the articles that
/// could be read into the command's text (with progress on a terminal), report one warning per bad
/// input, then write the text. No usable input is exit 1.
/// </summary>
internal static class ArticleCommandRunner
{
    public static async Task<int> RunAsync(
        IReadOnlyList<string> paths, FetchOptions fetch, string? outputPath, CliConsole console,
        Func<IReadOnlyList<Article>, Action<string>, string> produce, CancellationToken cancellationToken,
        Func<RawInput, Article>? read = null)
    {
        var (loaded, text) = await Progress.RunAsync(console, async progress =>
        {
            var loaded = await ArticleLoading.LoadAsync(paths, fetch, progress, cancellationToken, read);
            return (loaded, loaded.Articles.Count == 0 ? null : produce(loaded.Articles, progress));
        });
        foreach (var warning in loaded.Warnings) console.Warn(warning);
        if (text is null)
        {
            console.Warn("no usable input");
            return ExitCodes.Failure;
        }
        return await OutputWriter.WriteAsync(text, outputPath, console, cancellationToken);
    }
}
