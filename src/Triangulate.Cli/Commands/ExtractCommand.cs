using System.CommandLine;
using Triangulate.Ingest;
using Triangulate.Render.Json;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate extract PATHS…`: clean text and metadata, one JSON object per article per line.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var output = OutputOption.Create();
        var command = new Command("extract", "Print each article's clean text and metadata as JSON Lines");
        inputs.AddTo(command);
        command.Add(output);
        command.SetAction((result, cancellationToken) =>
            RunAsync(inputs.GetPaths(result), inputs.GetFetchOptions(result), result.GetValue(output), console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        IReadOnlyList<string> paths, Ingest.Sources.FetchOptions fetch, string? outputPath, CliConsole console, CancellationToken cancellationToken)
    {
        var loaded = await Progress.RunAsync(console, progress => ArticleLoading.LoadAsync(paths, fetch, progress, cancellationToken));
        foreach (var warning in loaded.Warnings) console.Warn(warning);
        if (loaded.Articles.Count == 0)
        {
            console.Warn("no usable input");
            return ExitCodes.Failure;
        }
        var text = JsonLinesArticleRenderer.Render(ArticleIds.AssignUnique(loaded.Articles));
        return await OutputWriter.WriteAsync(text, outputPath, console, cancellationToken);
    }
}
