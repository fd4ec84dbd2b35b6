using System.Text;
using Triangulate.Diagnostics;
using Triangulate.Ingest;
using Triangulate.Ingest.Containers;
using Triangulate.Ingest.Warc;
using Triangulate.Tests.Ingest.Containers;

namespace Triangulate.Tests.Ingest.Warc;

public sealed class WarcEntriesTests
{
    private static List<ContainerEntry> Read(byte[] bytes, long maxBytes = 1_000_000) =>
        WarcEntries.Read(new MemoryStream(bytes), "crawl.warc", maxBytes).ToList();

    [Fact]
    public void Html_responses_become_inputs_and_other_records_are_passed_over()
    {
        var entries = Read([.. Samples.WarcRecords().SelectMany(r => r)]);

        var input = Assert.Single(entries).Input!;
        Assert.Equal("crawl.warc#2", input.Source);
        Assert.Equal("https://example.org/geneva", input.Url);
        Assert.Equal("text/html; charset=utf-8", input.ContentType);
        Assert.Equal(Samples.Page(), Encoding.UTF8.GetString(input.Bytes)); // dechunked
        var article = ArticleReader.Read(input);
        Assert.StartsWith(Samples.Sentence, article.Body);
        Assert.Equal("https://example.org/geneva", article.Url);
    }

    [Fact]
    public void Gzip_members_are_read_like_the_plain_file()
    {
        var entries = Read(Samples.GzipMembers(Samples.WarcRecords()));
        Assert.Equal(Samples.Page(), Encoding.UTF8.GetString(Assert.Single(entries).Input!.Bytes));
    }

    [Fact]
    public void A_gzip_content_encoding_is_decoded()
    {
        var body = Samples.Gzip(Encoding.UTF8.GetBytes(Samples.Page()));
        var record = Samples.WarcRecord("response", "https://example.org/z", "application/http; msgtype=response",
            Samples.HttpResponse("text/html", body, "Content-Encoding: gzip"));
        Assert.Equal(Samples.Page(), Encoding.UTF8.GetString(Assert.Single(Read(record)).Input!.Bytes));
    }

    [Fact]
    public void A_truncated_file_keeps_the_records_before_the_cut_with_one_warning()
    {
        var records = Samples.WarcRecords();
        var whole = Samples.GzipMembers([records[1], records[1], records[2]]);
        var entries = Read(whole[..^30]);

        Assert.Equal(["crawl.warc#1", "crawl.warc#2"], entries.Where(e => e.Input is not null).Select(e => e.Input!.Source));
        var warning = Assert.Single(entries, e => e.Warning is not null).Warning!;
        Assert.Equal("crawl.warc", warning.Input);
    }

    [Fact]
    public void A_gzip_bomb_stops_at_the_byte_limit()
    {
        var zeros = new byte[5_000_000];
        var bomb = Samples.Gzip([.. Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: {zeros.Length}\r\n\r\n"), .. zeros]);
        var entries = Read([.. Samples.GzipMembers([Samples.WarcRecords()[1]]), .. bomb], maxBytes: 1_000_000);

        Assert.Single(entries, e => e.Input is not null);
        Assert.Contains("over the 1000000 byte limit", Assert.Single(entries, e => e.Warning is not null).Warning!.Message);
    }

    [Fact]
    public void Decompressed_bytes_count_against_the_limit()
    {
        var records = Enumerable.Repeat(Samples.WarcRecords()[1], 40).ToList();
        var entries = Read(Samples.GzipMembers(records), maxBytes: 20_000);

        var warning = Assert.Single(entries, e => e.Warning is not null).Warning!;
        Assert.Equal(ErrorCode.TooLarge, warning.Code);
        Assert.InRange(entries.Count(e => e.Input is not null), 1, 39);
    }

    [Fact]
    public void A_body_that_inflates_past_the_limit_is_one_warning_and_the_next_record_still_reads()
    {
        var bomb = Samples.WarcRecord("response", "https://example.org/bomb", "application/http; msgtype=response",
            Samples.HttpResponse("text/html", Samples.Gzip(new byte[5_000_000]), "Content-Encoding: gzip"));
        var entries = Read([.. bomb, .. Samples.WarcRecords()[1]], maxBytes: 1_000_000);

        Assert.Contains("record 1 (https://example.org/bomb): body larger than", entries[0].Warning!.Message);
        Assert.Equal("crawl.warc#2", entries[1].Input!.Source);
    }

    [Fact]
    public void Binary_data_is_one_warning()
    {
        var entry = Assert.Single(Read([.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7))]));
        Assert.Null(entry.Input);
        Assert.DoesNotContain('\n', entry.Warning!.Message);
    }
}
