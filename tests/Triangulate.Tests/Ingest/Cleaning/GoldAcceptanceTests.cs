using Triangulate.Tests.Render;
using System.Text.Json;
using Triangulate.Bench;
using Triangulate.Ingest;
using Triangulate.Ingest.Cleaning;
using Triangulate.Ingest.Text;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest.Cleaning;

/// <summary>
/// Ingest of the five sample articles (the repository's own samples/geneva-2022 copy) against the
/// hand annotation in ../shared/samples/geneva-2022/gold.json. Skips when the shared folder is absent.
/// </summary>
public class GoldAcceptanceTests
{
    public static TheoryData<string> Files => new()
    {
        "000_c483696b2ae27afd.txt", "001_533de4b616b3a960.txt", "002_9db1b5c9785c105d.txt",
        "003_20cb1c42dc86dc70.txt", "004_8b9f62950d36b2b4.txt",
    };

    private static (JsonElement Gold, string[] Lines, Article Article) Load(string file)
    {
        var shared = EvalData.LocateSharedSamples();
        Skip.If(shared is null, "../shared/samples is absent: gold.json is not part of the repository");
        var goldPath = Path.Combine(shared!, "geneva-2022", "gold.json");
        Skip.IfNot(File.Exists(goldPath), $"{goldPath} is absent");
        using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
        var gold = doc.RootElement.GetProperty("articles").GetProperty(file).Clone();

        var path = Path.Combine(RenderFixtures.RepositoryRoot(), "samples", "geneva-2022", file);
        var bytes = File.ReadAllBytes(path);
        var article = ArticleCleaner.Clean(PlainTextDocumentReader.Read(new RawInput(path, bytes)));
        var lines = File.ReadAllLines(path).Select(Normalize).Where(l => l.Length > 0).ToArray();
        return (gold, lines, article);
    }


    /// <summary>Gold's matching rule: runs of whitespace, non-breaking spaces included, count as one space.</summary>
    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Replace('\u00A0', ' ').Trim();

    private static string NormalizeAll(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Str(JsonElement gold, string key) =>
        gold.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Count(string haystack, string needle)
    {
        int n = 0, at = 0;
        while ((at = haystack.IndexOf(needle, at, StringComparison.Ordinal)) >= 0) { n++; at += needle.Length; }
        return n;
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void BoilerplateLeavesTheBodyAndIsListedAsRemoved(string file)
    {
        var (gold, lines, article) = Load(file);
        var body = NormalizeAll(article.Body);
        var removed = article.Removed.Select(r => NormalizeAll(r.Text)).ToList();
        foreach (var entry in gold.GetProperty("boilerplate_lines").EnumerateArray())
        {
            var boiler = NormalizeAll(entry.GetString()!);
            var sourceLine = lines.First(l => NormalizeAll(l).Contains(boiler, StringComparison.Ordinal));
            Assert.False(body.Contains(boiler, StringComparison.Ordinal), $"{file}: boilerplate in body: {boiler}");
            Assert.True(removed.Any(r => r.Contains(boiler, StringComparison.Ordinal) || NormalizeAll(sourceLine).Contains(r, StringComparison.Ordinal) && r.Length > 0),
                $"{file}: boilerplate not listed as removed: {boiler}");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void NothingIsLost(string file)
    {
        var (_, lines, article) = Load(file);
        var paragraphs = article.Body.Split("\n\n");
        var removed = article.Removed.Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var expected = WhitespaceNormalizer.Normalize(TextRepair.Repair(line));
            var found = paragraphs.Contains(expected)
                || removed.Contains(expected)
                || article.Captions.Any(c => expected.StartsWith(c.Text, StringComparison.Ordinal) && removed.Any(r => r == expected));
            Assert.True(found, $"{file}: line neither in body nor removed: {line}");
        }
        Assert.All(article.Removed, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void DuplicatedLinesAppearAtMostOnceInTheBody(string file)
    {
        var (gold, _, article) = Load(file);
        if (!gold.TryGetProperty("duplicated_lines", out var duplicates)) return;
        foreach (var entry in duplicates.EnumerateArray())
        {
            var line = NormalizeAll(entry.GetString()!);
            Assert.True(Count(NormalizeAll(article.Body), line) <= 1, $"{file}: twice in body: {line}");
            Assert.Contains(article.Removed, r => r.Text == line && r.Reason.StartsWith("duplicate", StringComparison.Ordinal));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void MetadataMatchesGold(string file)
    {
        var (gold, _, article) = Load(file);
        Assert.Equal(Str(gold, "title"), article.Title);
        Assert.Equal(Str(gold, "outlet"), article.Outlet);
        Assert.Equal(Str(gold, "published"), article.Published?.ToIso());
        if (gold.TryGetProperty("original_outlet", out _)) Assert.Equal(Str(gold, "original_outlet"), article.OriginalOutlet);
        if (gold.TryGetProperty("authors", out var authors))
            Assert.Equal(authors.EnumerateArray().Select(a => a.GetString()!), article.Authors);
        if (gold.TryGetProperty("url", out _)) Assert.Equal(Str(gold, "url"), article.Url);
        if (gold.TryGetProperty("credits", out var credits))
            Assert.Equal(credits.EnumerateArray().Select(a => a.GetString()!), article.Credits);
        if (gold.TryGetProperty("photo_credit", out _))
            Assert.Contains(article.Captions, c => c.Credit == Str(gold, "photo_credit"));
        Assert.Equal(gold.TryGetProperty("machine_translated", out var mt) && mt.GetBoolean(), article.MachineTranslated);
        Assert.Equal("en", article.Language);
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void BrokenMarkupIsRepaired(string file)
    {
        var (gold, _, article) = Load(file);
        if (!gold.TryGetProperty("broken_markup", out var broken)) return;
        foreach (var entry in broken.EnumerateArray())
            Assert.DoesNotContain(entry.GetString()!, article.Body);
        Assert.DoesNotContain("&quot;", article.Body);
    }
}
