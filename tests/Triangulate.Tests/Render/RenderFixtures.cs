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

    /// <summary>
    /// Three articles; the first has full metadata and a body that carries markup that must stay text, the
    /// third carries Markdown metacharacters and ampersands; facts, framing and characterisations carry both.
    /// </summary>
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
            // Labels are a fixed vocabulary, but renderers escape them like any text; listed out of order on purpose.
            Provenance = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MetadataField.Title] = MetadataSource.Meta("og:title"),
                [MetadataField.Published] = MetadataSource.JsonLd("datePublished"),
                [MetadataField.Outlet] = "meta <b>og:site_name</b>",
                [MetadataField.OriginalOutlet] = MetadataSource.CopyrightLine,
                [MetadataField.Authors] = MetadataSource.Byline,
                [MetadataField.Updated] = MetadataSource.UpdatedLine,
                [MetadataField.Url] = MetadataSource.CanonicalLink,
                [MetadataField.Language] = MetadataSource.HtmlLang,
            },
        };
        var second = new Article
        {
            Id = "b2",
            Source = "second.txt",
            Body = "Officials met in Geneva on Monday, the second outlet said.",
        };
        var third = new Article
        {
            Id = "c3",
            Source = "third.txt",
            Outlet = "Wire & <b>Co</b>",
            Title = "# Talks | *end* & \"stall\"",
            Body = "Officials met in Geneva on Monday. Talks | *ended* _early_ & AT&amp;T [more](http://y) <script>alert(6)</script>.",
        };
        var hostileSentence = first.Body.IndexOf("The page", StringComparison.Ordinal);
        var hostileEnd = first.Body.IndexOf("\n\n", StringComparison.Ordinal);
        return new Briefing(
            new Story(first.Title!, new DateOnly(2022, 1, 10)),
            [first, second, third],
            [
                new SummarySentence("Officials met in Geneva on Monday.", [new Citation("a1", 0, 34), new Citation("b2", 0, 31)]) { Support = 2 },
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
            Facts = HostileFacts(first.Body, third.Body, hostileSentence, hostileEnd),
            Coverage =
            [
                new ArticleCoverage("a1", "Agence <i>France</i>", null, ["f3"], [], ["*Geneva*", "[draft](http://x)"],
                    [new Characterisation("frank & <i>forthright</i> | *candid*", "Wendy \"<script>\" Sherman", new Citation("a1", hostileEnd + 2, first.Body.Length))]),
                new ArticleCoverage("b2", "b2", null, [], ["f2"], [], [new Characterisation("businesslike", null, new Citation("b2", 0, 33))]),
                new ArticleCoverage("c3", "Wire & <b>Co</b>", null, [], [], ["<b>High-Stakes</b>", "AT&T \"little\" progress"], []),
            ],
        };
    }

    /// <summary>A fact all three report, a hostile one two report, and one only the first reports.</summary>
    private static IReadOnlyList<Fact> HostileFacts(string first, string third, int hostileSentence, int hostileEnd)
    {
        var thirdSentence = third.IndexOf("Talks", StringComparison.Ordinal);
        return
        [
            new Fact("f1", "Officials met in Geneva on Monday.", 3, [new Citation("a1", 0, 34), new Citation("b2", 0, 33), new Citation("c3", 0, 34)]),
            new Fact("f2", third[thirdSentence..], 2, [new Citation("c3", thirdSentence, third.Length), new Citation("a1", hostileSentence, hostileEnd)]),
            new Fact("f3", first[(hostileEnd + 2)..], 1, [new Citation("a1", hostileEnd + 2, first.Length)]),
        ];
    }

    /// <summary>
    /// Four articles that compare as wire coverage does: Reuters reports 20 facts, The Guardian the even
    /// ones, Bloomberg the first seven, and Moneyweb, a machine-translated copy of the Bloomberg story,
    /// the same (counted once with it). 13 facts have two or more sources; Reuters alone reports seven.
    /// </summary>
    public static Briefing Wire()
    {
        const int FactCount = 20;
        var outlets = new (string Id, string Outlet, string Title, Func<int, bool> Reports)[]
        {
            ("r1", "Reuters", "U.S., Russia talks end with little progress", _ => true),
            ("g2", "The Guardian", "High-Stakes talks in Geneva", i => i % 2 == 0),
            ("b3", "Bloomberg", "Russia and U.S. meet in Geneva", i => i <= 6),
            ("m4", "Moneyweb", "Russia and U.S. meet in Geneva", i => i <= 6),
        };
        var articles = new List<Article>();
        var citations = Enumerable.Range(0, FactCount).Select(_ => new List<Citation>()).ToList();
        foreach (var (id, outlet, title, reports) in outlets)
        {
            var body = "";
            for (var i = 0; i < FactCount; i++)
            {
                if (!reports(i)) continue;
                if (body.Length > 0) body += " ";
                var sentence = $"Fact {i} about the Geneva talks.";
                citations[i].Add(new Citation(id, body.Length, body.Length + sentence.Length));
                body += sentence;
            }
            articles.Add(new Article
            {
                Id = id, Source = id + ".txt", Outlet = outlet, Title = title, Body = body,
                OriginalOutlet = id == "m4" ? "Bloomberg" : null, MachineTranslated = id == "m4",
                Provenance = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [MetadataField.Title] = MetadataSource.HeadlineLine,
                    [MetadataField.Outlet] = id == "m4" ? MetadataSource.UrlDomain : MetadataSource.Meta("og:site_name"),
                },
            });
        }
        string SourceOf(string id) => id == "m4" ? "Bloomberg" : articles.Single(a => a.Id == id).Outlet!;
        var facts = Enumerable.Range(0, FactCount)
            .Select(i => new Fact($"f{i:00}", $"Fact {i} about the Geneva talks.", citations[i].Select(c => SourceOf(c.Article)).Distinct().Count(), citations[i]))
            .OrderByDescending(f => f.Support).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        IReadOnlyList<string> Unique(string id) => facts.Where(f => f.Support == 1 && f.Citations.Any(c => c.Article == id)).Select(f => f.Id).ToList();
        IReadOnlyList<string> Omitted(string id) => facts.Where(f => f.Support >= 2 && f.Citations.All(c => c.Article != id)).Select(f => f.Id).ToList();
        var businesslike = new Characterisation("businesslike", "Sergei Ryabkov", new Citation("b3", 0, 29));
        return new Briefing(new Story("US–Russia talks in Geneva", new DateOnly(2022, 1, 10)), articles, [])
        {
            Facts = facts,
            Coverage =
            [
                new ArticleCoverage("r1", "Reuters", null, Unique("r1"), Omitted("r1"), ["little progress"],
                    [new Characterisation("frank and forthright", "Wendy Sherman", new Citation("r1", 0, 29))]),
                new ArticleCoverage("g2", "The Guardian", null, Unique("g2"), Omitted("g2"), ["High-Stakes"], []),
                new ArticleCoverage("b3", "Bloomberg", null, Unique("b3"), Omitted("b3"), [], [businesslike]),
                new ArticleCoverage("m4", "Bloomberg", "b3", Unique("m4"), Omitted("m4"), [], [businesslike with { Citation = new Citation("m4", 0, 29) }]),
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
                [new QuoteVariant("b2", "no <script>deal</script>", "no [+<script>deal</script>+] [-deal-]", true)]) { Support = 1 },
            new QuoteGroup("q2", null, null, Script + " and " + Image, [new QuoteGroupMention("a1", hostile)], []) { Support = 1 },
        ];
    }
}
