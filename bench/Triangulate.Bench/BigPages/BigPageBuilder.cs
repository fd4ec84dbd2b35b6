using System.Globalization;
using System.Text;

namespace Triangulate.Bench.BigPages;

/// <summary>
/// Huge HTML pages of a chosen size, the same bytes on every run (a fixed-seed generator): <c>article</c>,
/// one giant article of many paragraphs with headings, inline links and figures; <c>bloated</c>, a
/// normal article buried in inline scripts, styles, SVG icons and base64 images; <c>nested</c>, an
/// article whose paragraphs sit hundreds of wrapper &lt;div&gt;s deep.
/// </summary>
public static class BigPageBuilder
{
    public static readonly string[] Kinds = ["article", "bloated", "nested"];

    private static readonly string[] Words =
    [
        "the", "talks", "in", "Geneva", "ended", "on", "Monday", "without", "a", "breakthrough", "officials", "said", "and",
        "delegates", "from", "both", "sides", "agreed", "to", "meet", "again", "next", "week", "minister", "told", "reporters",
        "that", "security", "guarantees", "remained", "the", "main", "obstacle", "troops", "near", "border", "numbered", "about",
        "100,000", "according", "to", "estimates", "analysts", "expect", "further", "rounds", "of", "negotiation", "before",
        "any", "agreement", "is", "reached", "while", "markets", "reacted", "calmly", "to", "news", "of", "progress",
    ];

    /// <summary>A generated page and the number of article paragraphs in it ("Paragraph N: …").</summary>
    public sealed record BigPage(string Html, int Paragraphs);

    public static BigPage Build(string kind, int megabytes)
    {
        var target = megabytes * 1024L * 1024;
        var random = new Random(20220110);
        var page = new StringBuilder((int)Math.Min(int.MaxValue / 2, target + 64 * 1024));
        Head(page, random);
        page.Append("<body><header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav></header>\n");
        page.Append("<main><article><h1>Talks end without breakthrough</h1><div class=\"byline\">By Jane Doe</div>\n");
        var paragraphs = kind switch
        {
            "article" => Article(page, random, target),
            "bloated" => Bloated(page, random, target),
            "nested" => Nested(page, random, target),
            _ => throw new ArgumentException($"unknown page kind '{kind}' (article, bloated, nested)"),
        };
        page.Append("</article></main><footer><p>Copyright The Daily Example. All rights reserved.</p></footer></body></html>\n");
        return new BigPage(page.ToString(), paragraphs);
    }

    private static string Sentence(Random random, int index)
    {
        var count = 25 + random.Next(40);
        var text = new StringBuilder($"Paragraph {index.ToString(CultureInfo.InvariantCulture)}:");
        for (var i = 0; i < count; i++) text.Append(' ').Append(Words[random.Next(Words.Length)]);
        return text.Append('.').ToString();
    }

    private static void Head(StringBuilder page, Random random)
    {
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Talks end without breakthrough | The Daily Example</title>\n");
        page.Append("<meta property=\"og:title\" content=\"Talks end without breakthrough\"><meta name=\"author\" content=\"Jane Doe\">\n");
        page.Append("<meta property=\"article:published_time\" content=\"2022-01-10T18:00:00Z\">\n");
        page.Append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks end without breakthrough\",\"datePublished\":\"2022-01-10T18:00:00Z\"}</script>\n");
        page.Append("<style>").Append(Filler(random, 2000)).Append("</style></head>\n");
    }

    private static int Article(StringBuilder page, Random random, long target)
    {
        var i = 0;
        for (; page.Length < target; i++)
        {
            if (i % 20 == 19) page.Append("<h2>Section ").Append(i / 20).Append("</h2>\n");
            if (i % 50 == 49) page.Append("<figure><img src=\"/img/").Append(i).Append(".jpg\"><figcaption>Delegates arrive. <span class=\"credit\">Photo: Agency</span></figcaption></figure>\n");
            Paragraph(page, random, i);
        }
        return i;
    }

    private static int Bloated(StringBuilder page, Random random, long target)
    {
        var paragraphs = 0;
        while (page.Length < target)
        {
            if (paragraphs < 60) Paragraph(page, random, paragraphs++);
            switch (random.Next(4))
            {
                case 0: page.Append("<script>window.dataLayer=").Append(Filler(random, 60_000)).Append(";</script>\n"); break;
                case 1: page.Append("<style>.c").Append(random.Next()).Append('{').Append(Filler(random, 20_000)).Append("}</style>\n"); break;
                case 2: Svg(page, random); break;
                default: page.Append("<img alt=\"\" src=\"data:image/png;base64,").Append(Base64(random, 45_000)).Append("\">\n"); break;
            }
        }
        return paragraphs;
    }

    private static int Nested(StringBuilder page, Random random, long target)
    {
        var i = 0;
        for (; page.Length < target; i++)
        {
            var depth = 100 + random.Next(300);
            for (var d = 0; d < depth; d++) page.Append("<div class=\"wrap-").Append(d % 7).Append("\">");
            Paragraph(page, random, i);
            for (var d = 0; d < depth; d++) page.Append("</div>");
            page.Append('\n');
        }
        return i;
    }

    private static void Paragraph(StringBuilder page, Random random, int index)
    {
        var text = Sentence(random, index);
        var from = text.IndexOf(' ', text.Length / 2);
        var to = text.IndexOf(' ', from + 12);
        // A short link inside the sentence, as articles have them.
        page.Append("<p>").Append(text, 0, from + 1).Append("<a href=\"/story/").Append(index).Append("\">")
            .Append(text, from + 1, to - from - 1).Append("</a>").Append(text, to, text.Length - to).Append("</p>\n");
    }

    private static void Svg(StringBuilder page, Random random)
    {
        page.Append("<svg viewBox=\"0 0 24 24\" class=\"icon\">");
        for (var i = 0; i < 300; i++)
            page.Append("<path d=\"M").Append(random.Next(24)).Append(' ').Append(random.Next(24)).Append("L").Append(random.Next(24)).Append(' ').Append(random.Next(24)).Append("Z\"/>");
        page.Append("</svg>\n");
    }

    private static string Filler(Random random, int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length) text.Append("{\"k").Append(random.Next(1000)).Append("\":\"").Append(Words[random.Next(Words.Length)]).Append("\"},");
        return text.ToString();
    }

    private static string Base64(Random random, int bytes)
    {
        var data = new byte[bytes];
        random.NextBytes(data);
        return Convert.ToBase64String(data);
    }
}
