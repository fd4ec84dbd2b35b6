using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Render;

/// <summary>Briefings for renderer tests: the repository's sample run through the pipeline, and small synthetic ones.</summary>
internal static class RenderFixtures
{
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(1)>";

    /// <summary>The folder that holds Triangulate.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Triangulate.slnx) not found above " + AppContext.BaseDirectory);
    }

    public static string SampleDirectory() => Path.Combine(RepositoryRoot(), "samples", "geneva-2022");

    /// <summary>The sample's article files (the .txt files; SOURCE.md describes them).</summary>
    public static string[] SampleFiles() =>
        Directory.GetFiles(SampleDirectory(), "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static readonly Lazy<Briefing> SampleBriefing = new(() =>
        Triangulator.Brief(SampleFiles().Select(f => Triangulator.Read(new RawInput(f, File.ReadAllBytes(f))))));

    public static Briefing Sample() => SampleBriefing.Value;

    /// <summary>Two articles with full metadata; the first one's body carries markup that must stay text.</summary>
    public static Briefing Hostile()
    {
        var first = new Article
        {
            Id = "a1",
            Source = "feeds/<b>bold</b>.html",
            Outlet = "The \"Daily\" </script><script>alert(2)</script>",
            OriginalOutlet = "Agence <i>France</i>",
            Title = "Talks end \"><svg onload=alert(3)> in *Geneva* [draft](http://x)",
            Authors = ["Jane <u>Doe</u>", "Ivan Ivanov"],
            Published = new PublicationTime(new DateOnly(2022, 1, 10), new TimeOnly(20, 34)),
            Updated = new PublicationTime(new DateOnly(2022, 1, 11), new TimeOnly(12, 23), TimeSpan.FromMinutes(330)),
            Url = "javascript:alert(4)",
            Language = "en\" onmouseover=\"alert(5)",
            MachineTranslated = true,
            Credits = ["With reporting by <em>Reuters</em>"],
            Captions = [new Caption("Delegates <b>meet</b>", "Photo: AFP")],
            Body = $"Officials met in Geneva on Monday. The page said {Script} and {Image} twice.\n\nKyiv’s envoy said “no deal” — Ünal agreed.",
            Removed = [new RemovedText("Subscribe <a href=x>now</a>", "subscription prompt")],
        };
        var second = new Article
        {
            Id = "b2",
            Source = "second.txt",
            Body = "Officials met in Geneva on Monday, the second outlet said.",
        };
        var hostileSentence = first.Body.IndexOf("The page", StringComparison.Ordinal);
        var hostileEnd = first.Body.IndexOf("\n\n", StringComparison.Ordinal);
        return new Briefing(
            new Story(first.Title!, new DateOnly(2022, 1, 10)),
            [first, second],
            [
                new SummarySentence("Officials met in Geneva on Monday.", [new Citation("a1", 0, 34), new Citation("b2", 0, 31)]),
                new SummarySentence(first.Body[hostileSentence..hostileEnd], [new Citation("a1", hostileSentence, hostileEnd)]),
            ])
        {
            Quotes = Quotes(first.Body),
            Conflicts =
            [
                new Conflict(ConflictKind.Attribution, "who said \"no deal\"",
                [
                    new ConflictClaim("a1", hostileEnd + 2, first.Body.Length, first.Body[(hostileEnd + 2)..], "Kyiv’s envoy"),
                    new ConflictClaim("b2", 0, 33, second.Body[..33], Script),
                ]),
                new Conflict(ConflictKind.Number, "<i>troops</i>",
                [
                    new ConflictClaim("a1", hostileSentence, hostileEnd, first.Body[hostileSentence..hostileEnd], "twice " + Image),
                    new ConflictClaim("b2", 0, second.Body.Length, second.Body, "second"),
                ]),
            ],
            Quantities =
            [
                new QuantityGroup("<i>troops</i>",
                [
                    new QuantityValue("a1", first.Body.IndexOf(Image, StringComparison.Ordinal), hostileEnd - 1, first.Body[first.Body.IndexOf(Image, StringComparison.Ordinal)..(hostileEnd - 1)], 2, Approximation.Exact),
                    new QuantityValue("b2", 0, 33, second.Body[..33], 1500000.5, Approximation.MoreThan),
                ]),
            ],
            Entities =
            [
                new StoryEntity("e1", "person", Script, "<b>envoy</b> of <i>Kyiv</i>", ["<u>alias</u>"], [new Citation("a1", 0, 9), new Citation("b2", 0, 9)]),
            ],
            Timeline =
            [
                new TimelineEntry("2022-01-10", first.Body[hostileSentence..hostileEnd], Disputed: true,
                    [new Citation("a1", hostileSentence, hostileEnd), new Citation("b2", 0, 31)]),
            ],
        };
    }

    /// <summary>A quote with a named speaker and a substantive variant, and a hostile quote whose speaker is unknown.</summary>
    private static IReadOnlyList<QuoteGroup> Quotes(string body)
    {
        TextRange Find(string words)
        {
            var at = body.IndexOf(words, StringComparison.Ordinal);
            return new TextRange(at, at + words.Length);
        }
        TextRange Said(string before) => Find(before + " said") with { Start = Find(before + " said").End - 4 };
        var envoy = new QuoteMention(Find("no deal"), QuoteKind.Partial, Said("envoy"),
            Find("Kyiv’s envoy"), new Speaker("Kyiv’s envoy", "envoy of <i>Kyiv</i>"), AttributionMethod.Explicit, null);
        var hostile = new QuoteMention(Find(Script + " and " + Image), QuoteKind.Direct, Said("page"), null, null, null,
            "no cue <b>names</b> a speaker");
        return
        [
            new QuoteGroup("q1", new Speaker("Kyiv’s envoy", "envoy of <i>Kyiv</i>"), "e1", "no deal",
                [new QuoteGroupMention("a1", envoy)],
                [new QuoteVariant("b2", "no <script>deal</script>", "no [+<script>deal</script>+] [-deal-]", true)]),
            new QuoteGroup("q2", null, null, Script + " and " + Image, [new QuoteGroupMention("a1", hostile)], []),
        ];
    }
}
