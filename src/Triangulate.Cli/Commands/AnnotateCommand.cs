using System.CommandLine;
using Triangulate.Annotate;
using Triangulate.Model;
using Triangulate.Render.Json;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate annotate PATHS…`: each article's sentences and quotes, one JSON object per article per line.</summary>
internal static class AnnotateCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var output = OutputOption.Create();
        var raw = new Option<bool>("--raw")
        {
            Description = "Take each file's decoded text as the body, unchanged (no HTML extraction or cleaning), so offsets index the file",
        };
        var published = new Option<PublicationTime?>("--published")
        {
            Description = "Publication time of articles that give none: a date (2022-01-10) or ISO date-time (2022-01-10T20:34+01:00)",
            HelpName = "DATE",
            CustomParser = PublishedParser.Parse,
        };

        var command = new Command("annotate", "Print each article's annotations (sentences, quotes) as JSON Lines");
        inputs.AddTo(command);
        command.Add(raw);
        command.Add(published);
        command.Add(output);
        command.SetAction((result, cancellationToken) =>
        {
            var options = new AnnotationOptions { Published = result.GetValue(published) };
            return ArticleCommandRunner.RunAsync(
                inputs.GetPaths(result), inputs.GetFetchOptions(result), result.GetValue(output), console,
                (articles, progress) =>
                {
                    progress($"Annotating {articles.Count} articles");
                    return AnnotationJsonLinesRenderer.Render(Triangulator.Annotate(articles, options, cancellationToken));
                },
                cancellationToken,
                result.GetValue(raw) ? Triangulator.ReadRaw : null);
        });
        return command;
    }
}
