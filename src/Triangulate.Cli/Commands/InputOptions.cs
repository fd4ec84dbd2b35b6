using System.CommandLine;
using Triangulate.Ingest.Sources;

namespace Triangulate.Cli.Commands;

/// <summary>The inputs and fetch limits shared by every command that reads articles.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("PATHS")
    {
        Description = "Files, directories (read recursively), http(s) URLs, or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds to wait for each URL",
        DefaultValueFactory = _ => FetchOptions.Default.Timeout.TotalSeconds,
    };

    public Option<long> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "Largest input accepted, in bytes",
        DefaultValueFactory = _ => FetchOptions.Default.MaxBytes,
    };

    public Option<int> MaxRedirects { get; } = new("--max-redirects")
    {
        Description = "Most HTTP redirects followed per URL",
        DefaultValueFactory = _ => FetchOptions.Default.MaxRedirects,
    };

    public Option<bool> FollowLinks { get; } = new("--follow-links")
    {
        Description = "Fetch the page of each item of a feed read over HTTP that carries no content of its own",
    };

    public Option<int> MaxLinks { get; } = new("--max-links")
    {
        Description = "Most item links fetched per feed with --follow-links",
        DefaultValueFactory = _ => FetchOptions.Default.MaxLinks,
    };

    public InputOptions()
    {
        // The parser would take an unknown "--flag" as a path; a path that starts with "-" can be given as ./-name.
        Paths.Validators.Add(r =>
        {
            foreach (var value in r.GetValueOrDefault<string[]>() ?? [])
                if (value.Length > 1 && value[0] == '-') r.AddError($"unknown option '{value}'");
        });
        Timeout.CustomParser = NumberParser.Between("--timeout", double.Epsilon, 86_400d, "a positive number of seconds (at most 86400)");
        MaxBytes.CustomParser = NumberParser.Between("--max-bytes", 1L, long.MaxValue, "a positive number of bytes");
        MaxRedirects.CustomParser = NumberParser.Between("--max-redirects", 0, 100, "between 0 and 100");
        MaxLinks.CustomParser = NumberParser.Between("--max-links", 1, 10_000, "between 1 and 10000");
    }

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Timeout);
        command.Add(MaxBytes);
        command.Add(MaxRedirects);
        command.Add(FollowLinks);
        command.Add(MaxLinks);
    }

    public string[] GetPaths(ParseResult result) => result.GetValue(Paths) ?? [];

    public FetchOptions GetFetchOptions(ParseResult result) => new()
    {
        Timeout = TimeSpan.FromSeconds(result.GetValue(Timeout)),
        MaxBytes = result.GetValue(MaxBytes),
        MaxRedirects = result.GetValue(MaxRedirects),
        FollowLinks = result.GetValue(FollowLinks),
        MaxLinks = result.GetValue(MaxLinks),
    };
}
