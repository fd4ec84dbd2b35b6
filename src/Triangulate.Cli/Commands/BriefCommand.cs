using System.CommandLine;
using Triangulate.Brief;
using Triangulate.Render;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate brief PATHS…`: read the articles, build the briefing, render it.</summary>
internal static class BriefCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: md (default), json or html; without it, -o FILE.json or FILE.html picks the format",
            HelpName = "md|json|html",
        };
        format.AcceptOnlyFromAmong("md", "json", "html");
        var output = OutputOption.Create();
        var words = new Option<int>("--words", "-w")
        {
            Description = "Word budget of the summary",
            DefaultValueFactory = _ => BriefOptions.Default.Words,
        };
        words.CustomParser = NumberParser.Between("--words", 1, 1_000_000, "a positive whole number");

        var command = new Command("brief", "Write a briefing of articles about one event, every sentence cited");
        inputs.AddTo(command);
        command.Add(format);
        command.Add(output);
        command.Add(words);
        command.SetAction((result, cancellationToken) =>
        {
            var path = result.GetValue(output);
            var settings = new BriefSettings(
                inputs.GetPaths(result),
                ParseFormat(result.GetValue(format), path),
                path,
                result.GetValue(words),
                inputs.GetFetchOptions(result));
            return RunAsync(settings, console, cancellationToken);
        });
        return command;
    }

    public static Task<int> RunAsync(BriefSettings settings, CliConsole console, CancellationToken cancellationToken) =>
        ArticleCommandRunner.RunAsync(settings.Paths, settings.Fetch, settings.Output, console, (articles, progress) =>
        {
            progress($"Briefing {articles.Count} articles");
            var briefing = Triangulator.Brief(articles, new BriefOptions { Words = settings.Words });
            return BriefingRenderers.Render(briefing, settings.Format);
        }, cancellationToken);

    private static BriefingFormat ParseFormat(string? format, string? outputPath) => format switch
    {
        "json" => BriefingFormat.Json,
        "html" => BriefingFormat.Html,
        "md" => BriefingFormat.Markdown,
        _ => Path.GetExtension(outputPath ?? "").ToLowerInvariant() switch
        {
            ".json" => BriefingFormat.Json,
            ".html" or ".htm" => BriefingFormat.Html,
            _ => BriefingFormat.Markdown,
        },
    };
}
