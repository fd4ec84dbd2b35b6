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

    public static async Task<int> RunAsync(BriefSettings settings, CliConsole console, CancellationToken cancellationToken)
    {
        var (loaded, text) = await Progress.RunAsync(console, async progress =>
        {
            var loaded = await ArticleLoading.LoadAsync(settings.Paths, settings.Fetch, progress, cancellationToken);
            if (loaded.Articles.Count == 0) return (loaded, (string?)null);
            progress($"Briefing {loaded.Articles.Count} articles");
            var briefing = Triangulator.Brief(loaded.Articles, new BriefOptions { Words = settings.Words });
            return (loaded, BriefingRenderers.Render(briefing, settings.Format));
        });
        foreach (var warning in loaded.Warnings) console.Warn(warning);
        if (text is null)
        {
            console.Warn("no usable input");
            return ExitCodes.Failure;
        }
        return await OutputWriter.WriteAsync(text, settings.Output, console, cancellationToken);
    }

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
