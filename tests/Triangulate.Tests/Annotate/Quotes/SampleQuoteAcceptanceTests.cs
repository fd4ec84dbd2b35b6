using Triangulate.Tests.Render;
using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Annotate;
using Triangulate.Bench;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Annotate.Quotes;

/// <summary>
/// Every quote of ../shared/samples/geneva-2022/gold.json is found in every article it lists, with the
/// gold speaker (surname match, or one of its acceptable speakers). Skips when the shared folder is absent.
/// </summary>
public partial class SampleQuoteAcceptanceTests
{
    [SkippableFact]
    public void Every_gold_quote_is_found_with_its_speaker()
    {
        var shared = EvalData.LocateSharedSamples();
        Skip.If(shared is null, "../shared/samples is absent: gold.json is not part of the repository");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared!, "geneva-2022", "gold.json")));
        var articles = SampleArticles();

        var failures = new List<string>();
        foreach (var quote in gold.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var contains = Normalize(quote.GetProperty("contains").GetString()!);
            var acceptable = quote.TryGetProperty("acceptable_speakers", out var list)
                ? list.EnumerateArray().Select(s => s.GetString()).ToList()
                : [quote.GetProperty("speaker").GetString()];
            foreach (var prefix in quote.GetProperty("in").EnumerateArray().Select(e => e.GetString()!))
            {
                var (article, quotes) = articles[prefix];
                var found = quotes.Where(q => Normalize(q.Content.Slice(article.Body)).Contains(contains, StringComparison.Ordinal)).ToList();
                var right = found.Any(q => q.Speaker is null
                    ? acceptable.Contains(null) && q.Attribution is null
                    : acceptable.Any(s => s is not null && q.Speaker.Name.Split(' ')[^1] == s));
                if (!right) failures.Add($"{quote.GetProperty("id").GetString()} in {prefix}: {(found.Count == 0 ? "not found" : string.Join("; ", found.Select(f => f.Speaker?.Name ?? "null")))}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void Pessimistic_forecast_is_never_attributed_as_stated_and_has_no_broken_markup()
    {
        var (article, quotes) = SampleArticles()["004"];
        var quote = Assert.Single(quotes, q => q.Content.Slice(article.Body).Contains("pessimistic forecast", StringComparison.Ordinal));
        Assert.NotEqual(AttributionMethod.Explicit, quote.Attribution);
        Assert.DoesNotContain("&", quote.Content.Slice(article.Body));
    }

    private static Dictionary<string, (Article, IReadOnlyList<QuoteMention>)> SampleArticles()
    {
        var folder = Path.Combine(RenderFixtures.RepositoryRoot(), "samples", "geneva-2022");
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToDictionary(
            path => Path.GetFileName(path)[..3],
            path =>
            {
                var article = ArticleReader.Read(new RawInput(path, File.ReadAllBytes(path))) with { Id = Path.GetFileName(path)[..3] };
                return (article, ArticleAnnotator.Annotate(article).Quotes);
            });
    }

    private static string Normalize(string text) => Spaces().Replace(text.ToLowerInvariant()
        .Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace('‘', '\'').Replace('—', '-').Replace('–', '-'), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

}
