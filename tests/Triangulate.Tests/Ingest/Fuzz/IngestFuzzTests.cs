using System.Diagnostics;
using System.Text;
using CsCheck;
using Triangulate.Annotate;
using Triangulate.Diagnostics;
using Triangulate.Ingest;
using Triangulate.Ingest.Cleaning;
using Triangulate.Ingest.Containers;
using Triangulate.Ingest.Sources;
using Triangulate.Model;
using Triangulate.Tests.Ingest.Containers;

namespace Triangulate.Tests.Ingest.Fuzz;

/// <summary>
/// Mutated seeds of every input kind go through the path the CLI takes for an input (the loader,
/// container expansion, then the article reader); the only exception allowed is
/// <see cref="TriangulateException"/>, and every article's sentence and quote offsets must lie in its
/// body. The random stream is seeded, so a failure names the iteration that reproduces it.
/// </summary>
public sealed class IngestFuzzTests
{
    /// <summary>The random stream's seed; TRIANGULATE_FUZZ_SEED explores another one (a failure reports the seed and iteration).</summary>
    private static readonly ulong Seed = ulong.TryParse(Environment.GetEnvironmentVariable("TRIANGULATE_FUZZ_SEED"), out var seed) ? seed : 20_220_110;
    private const int Iterations = 600;

    /// <summary>12 s in CI; TRIANGULATE_FUZZ_SECONDS runs longer (the iterations stay capped by it times 50).</summary>
    private static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("TRIANGULATE_FUZZ_SECONDS"), out var s) && s > 0 ? s : 12;

    private static readonly (string Name, byte[] Bytes)[] Seeds =
    [
        ("page.html", Encoding.UTF8.GetBytes(Samples.Page())),
        ("feed.xml", Encoding.UTF8.GetBytes(Samples.Rss(Samples.RssItem("Talks", "https://news.example.com/a", content: Samples.Paragraphs, pubDate: "Mon, 10 Jan 2022 20:34:00 GMT", creator: "Jane Doe")))),
        ("wire.atom", Encoding.UTF8.GetBytes(Samples.Atom())),
        ("crawl.warc", [.. Samples.WarcRecords().SelectMany(r => r)]),
        ("crawl.warc.gz", Samples.GzipMembers(Samples.WarcRecords())),
        ("items.jsonl", Encoding.UTF8.GetBytes(Samples.JsonLines())),
        ("story.txt", Encoding.UTF8.GetBytes($"Talks end in Geneva\n\n{Samples.Sentence}\n\n\"We were frank,\" Ryabkov said.")),
    ];

    private static readonly Gen<(int Seed, bool Stdin, Mutation[] Mutations)> Plans =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Bool, Mutation.Any.Array[1, 5]);

    [Fact]
    public async Task Mutated_inputs_give_articles_or_warnings_never_other_exceptions()
    {
        // The language detector's models load on first use (seconds); that is not the fuzz budget's to pay.
        LanguageIdentifier.Identify("Talks end in Geneva. Diplomats f");
        var pcg = new PCG(1, Seed);
        var clock = Stopwatch.StartNew();
        var options = FetchOptions.Default with { MaxBytes = 2_000_000 };
        var i = 0;
        for (; i < Math.Max(Iterations, Seconds * 50) && clock.Elapsed < TimeSpan.FromSeconds(Seconds); i++)
        {
            var (seed, stdin, mutations) = Plans.Generate(pcg, null, out _);
            var bytes = mutations.Aggregate(Seeds[seed].Bytes, (b, m) => m.Apply(b));
            try
            {
                await Run(Seeds[seed].Name, bytes, stdin, options);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"iteration {i} (seed {Seed}) on {Seeds[seed].Name} with {string.Join(", ", mutations.Select(m => m.GetType().Name))}: {e}");
            }
        }
        Assert.True(i > 0);
    }

    /// <summary>
    /// The library's entry (container expansion, then the article reader) must throw nothing but
    /// <see cref="TriangulateException"/>; the loader, which also guards against reader bugs, must not
    /// throw at all. Standard input is sniffed; a named file is judged by its extension first.
    /// </summary>
    private static async Task Run(string name, byte[] bytes, bool stdin, FetchOptions options)
    {
        foreach (var entry in ContainerReader.Expand(new RawInput(stdin ? "-" : name, bytes), options.MaxBytes))
        {
            if (entry.Warning is { } warning) Assert.DoesNotContain('\n', warning.OneLine);
            if (entry.Input is null || entry.Link is not null) continue;
            Article article;
            try { article = Triangulator.Read(entry.Input); }
            catch (TriangulateException e)
            {
                Assert.DoesNotContain('\n', e.OneLine);
                continue;
            }
            CheckOffsets(ArticleAnnotator.Annotate(article));
        }

        var root = Directory.CreateTempSubdirectory("triangulate-fuzz-").FullName;
        try
        {
            var spec = stdin ? "-" : Path.Combine(root, name);
            if (!stdin) await File.WriteAllBytesAsync(spec, bytes);
            var loaded = await new InputLoader(options, () => new MemoryStream(bytes)).LoadAsync([spec]);
            Assert.All(loaded.Errors, e => Assert.DoesNotContain('\n', e.OneLine));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    private static void CheckOffsets(AnnotatedArticle annotated)
    {
        var length = annotated.Article.Body.Length;
        var previous = 0;
        foreach (var sentence in annotated.Sentences)
        {
            Assert.InRange(sentence.Range.Start, previous, length);
            Assert.InRange(sentence.Range.End, sentence.Range.Start + 1, length);
            previous = sentence.Range.End;
        }
        foreach (var quote in annotated.Quotes)
            foreach (var range in new[] { quote.Content, quote.Cue, quote.SpeakerMention }.OfType<TextRange>())
            {
                Assert.InRange(range.Start, 0, length);
                Assert.InRange(range.End, range.Start, length);
            }
    }
}
