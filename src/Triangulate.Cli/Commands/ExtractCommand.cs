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

    private static Task<int> RunAsync(
        IReadOnlyList<string> paths, Ingest.Sources.FetchOptions fetch, string? outputPath, CliConsole console, CancellationToken cancellationToken) =>
        ArticleCommandRunner.RunAsync(paths, fetch, outputPath, console,
            (articles, _) => JsonLinesArticleRenderer.Render(ArticleIds.AssignUnique(articles)), cancellationToken);
}
