using System.Text;
using Triangulate.Ingest;
using Triangulate.Ingest.Containers;
using Triangulate.Model;
using Triangulate.Tests.Ingest.Containers;

namespace Triangulate.Tests.Ingest.JsonLines;

public sealed class JsonLinesReaderTests
{
    private static List<ContainerEntry> Expand(string text, string source = "items.jsonl") =>
        ContainerReader.Expand(new RawInput(source, Encoding.UTF8.GetBytes(text)), 1_000_000).ToList();

    [Fact]
    public void Each_line_is_an_article_with_the_metadata_the_user_gave()
    {
        var entries = Expand(Samples.JsonLines());

        Assert.Equal(3, entries.Count);
        var first = ArticleReader.Read(entries[0].Input!);
        Assert.Equal("items.jsonl#1", first.Source);
        Assert.Equal(Samples.Sentence + "\n\nBoth sides said they would meet again.", first.Body);
        Assert.Equal("Given title", first.Title);
        Assert.Equal("My Outlet", first.Outlet);
        Assert.Equal(["Ann Reporter"], first.Authors);
        Assert.Equal(new PublicationTime(new DateOnly(2022, 1, 10), new TimeOnly(20, 34), TimeSpan.Zero), first.Published);
        Assert.Equal("https://example.net/a", first.Url);
        Assert.All([MetadataField.Title, MetadataField.Outlet, MetadataField.Authors, MetadataField.Published, MetadataField.Url],
            field => Assert.Equal("json lines field", first.Provenance[field]));

        Assert.Equal("items.jsonl: line 2: \"html\" is not a string; skipped", entries[1].Warning!.OneLine);
        var html = ArticleReader.Read(entries[2].Input!);
        Assert.Equal("items.jsonl#4", html.Source);
        Assert.StartsWith(Samples.Sentence, html.Body);
    }

    [Theory]
    [InlineData("{\"text\": \"cut", "not valid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"title\": \"no body\"}", "no \"text\" or \"html\"")]
    [InlineData("{\"text\": \"x\", \"published\": \"yesterday\"}", "\"published\" is not an ISO 8601 date")]
    [InlineData("{\"text\": \"x\", \"url\": \"javascript:alert(1)\"}", "\"url\" is not an absolute http(s) URL")]
    [InlineData("{\"text\": \"x\", \"authors\": [1]}", "\"authors\" is not a string or an array of strings")]
    public void A_bad_line_is_one_warning_with_its_line_number(string line, string reason)
    {
        var entry = Assert.Single(Expand("\n" + line + "\n", "bad.ndjson"));
        Assert.StartsWith($"bad.ndjson: line 2: {reason}", entry.Warning!.OneLine);
        Assert.EndsWith("; skipped", entry.Warning.Message);
    }

    [Fact]
    public void Many_bad_lines_are_summed_up_and_a_binary_file_is_one_warning()
    {
        var entries = Expand(string.Concat(Enumerable.Repeat("not json\n", 50)));
        Assert.Equal(21, entries.Count);
        Assert.Equal("items.jsonl: 30 more bad lines skipped", entries[^1].Warning!.OneLine);

        var binary = ContainerReader.Expand(new RawInput("x.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x0A, 0x00]), 1000).ToList();
        Assert.StartsWith("binary file (PNG image)", Assert.Single(binary).Warning!.Message);
    }

    [Fact]
    public void Json_lines_on_standard_input_are_sniffed_from_the_first_line()
    {
        Assert.Equal(ContainerKind.JsonLines, ContainerSniffer.Sniff("-", null, Encoding.UTF8.GetBytes(Samples.JsonLines())));
        Assert.Equal(ContainerKind.Page, ContainerSniffer.Sniff("-", null, "{ not json at all }\nmore"u8));
    }
}
