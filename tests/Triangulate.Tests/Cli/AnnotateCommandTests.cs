using System.Text;
using System.Text.Json;
using Triangulate.Cli;
using Triangulate.Cli.Commands;
using Triangulate.Tests.Render;

namespace Triangulate.Tests.Cli;

public sealed class AnnotateCommandTests : IDisposable
{
    private static readonly string[] Fields = ["schema", "id", "source", "published", "body", "sentences", "quotes", "times", "entities", "quantities", "provenance"];

    private readonly string folder = Directory.CreateTempSubdirectory("triangulate-annotate-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string[] Samples => RenderFixtures.SampleFiles();

    private static JsonElement[] Lines(CliRun run)
    {
        Assert.EndsWith("\n", run.Out);
        return run.Out[..^1].Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToArray();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task PrintsOneAnnotationPerArticleInTheOrderOfExtract()
    {
        var run = await CliRun.RunAsync(["annotate", .. Samples.Reverse()]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = Lines(run);
        Assert.Equal(Samples.Length, lines.Length);
        Assert.Equal(Samples, lines.Select(l => l.GetProperty("source").GetString()));
        var extracted = Lines(await CliRun.RunAsync(["extract", .. Samples]));
        Assert.Equal(extracted.Select(e => e.GetProperty("id").GetString()), lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(extracted.Select(e => e.GetProperty("body").GetString()), lines.Select(l => l.GetProperty("body").GetString()));
        foreach (var line in lines)
        {
            Assert.Equal(Fields, line.EnumerateObject().Select(p => p.Name));
            Assert.Equal("triangulate.annotation/1", line.GetProperty("schema").GetString());
            var body = line.GetProperty("body").GetString()!;
            var sentences = line.GetProperty("sentences").EnumerateArray().ToArray();
            Assert.NotEmpty(sentences);
            foreach (var sentence in sentences)
            {
                Assert.Equal(["start", "end"], sentence.EnumerateObject().Select(p => p.Name));
                Assert.InRange(sentence.GetProperty("start").GetInt32(), 0, sentence.GetProperty("end").GetInt32() - 1);
                Assert.InRange(sentence.GetProperty("end").GetInt32(), 1, body.Length);
            }
            Assert.Equal(JsonValueKind.Array, line.GetProperty("quotes").ValueKind);
        }
    }

    [Fact]
    public async Task RawBodyIsTheFileText()
    {
        const string text = "Ryabkov said  \"no progress\".\r\n\r\nSherman   disagreed.\r\n";
        var utf8 = Write("crlf.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var utf16 = Write("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);
        var run = await CliRun.RunAsync("annotate", "--raw", utf8, utf16);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var line in Lines(run))
        {
            // The byte-order mark is not part of the text: offset 0 is the first character after it.
            Assert.Equal(text, line.GetProperty("body").GetString());
            var first = line.GetProperty("sentences")[0];
            Assert.Equal("Ryabkov said  \"no progress\".",
                text[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()]);
            Assert.Equal(JsonValueKind.Null, line.GetProperty("published").ValueKind);
        }
    }

    [Fact]
    public async Task WithoutRawTheBodyIsCleaned()
    {
        var path = Write("crlf.txt", Encoding.UTF8.GetBytes("Ryabkov said  no.\r\nSherman   disagreed.\r\n"));
        var body = Lines(await CliRun.RunAsync("annotate", path))[0].GetProperty("body").GetString();
        Assert.DoesNotContain("\r", body);
        Assert.DoesNotContain("  ", body);
    }

    [Fact]
    public async Task RawRejectsEmptyAndBinaryInputWithOneLineEach()
    {
        var empty = Write("empty.txt", []);
        var blank = Write("blank.txt", " \r\n\t\n"u8.ToArray());
        var binary = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var run = await CliRun.RunAsync("annotate", "--raw", empty, blank, binary);
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(
            [$"triangulate: {empty}: empty input", $"triangulate: {blank}: no text (whitespace only)",
             $"triangulate: {binary}: binary file (PNG image), not text", "triangulate: no usable input"],
            run.ErrorLines);
    }

    [Fact]
    public async Task PublishedIsUsedOnlyForArticlesThatHaveNone()
    {
        var own = Lines(await CliRun.RunAsync(["annotate", .. Samples])).Select(l => l.GetProperty("published").GetString()).ToArray();
        Assert.Contains(own, p => p is null);
        Assert.Contains(own, p => p is not null);
        var run = await CliRun.RunAsync(["annotate", "--published", "2022-01-09T08:00Z", .. Samples]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = Lines(run).ToList();
        var given = lines.Select(l => l.GetProperty("published").GetString()).ToArray();
        Assert.Equal(own.Select(p => p ?? "2022-01-09T08:00Z"), given);
        // Where each date came from: the article's own words, or the user.
        var sources = lines.Select(l => l.GetProperty("provenance").TryGetProperty("published", out var s) ? s.GetString() : null).ToArray();
        Assert.Equal(own.Select(p => p is null ? "user-supplied" : "x"), sources.Select(s => s == "user-supplied" ? s : "x"));
    }

    [Theory]
    [InlineData("2022-13-01")]
    [InlineData("10/01/2022")]
    [InlineData("Monday")]
    [InlineData("2022-01-10T25:00")]
    [InlineData("2022-01-10T20:34+15:00")]
    [InlineData("2022-01-10+01:00")]
    [InlineData("")]
    public async Task BadPublishedIsAUsageError(string value)
    {
        var run = await CliRun.RunAsync("annotate", "--published", value, Samples[0]);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("triangulate: --published must be a date", run.ErrorLines[0]);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("2022-01-10", "2022-01-10")]
    [InlineData("2022-01-10T20:34", "2022-01-10T20:34")]
    [InlineData("2022-01-10T20:34:05", "2022-01-10T20:34:05")]
    [InlineData("2022-01-10T20:34:00Z", "2022-01-10T20:34Z")]
    [InlineData("2022-01-11T12:23+05:30", "2022-01-11T12:23+05:30")]
    [InlineData("2022-01-10T07:00-05:00", "2022-01-10T07:00-05:00")]
    public void PublishedKeepsThePrecisionGiven(string text, string iso)
    {
        Assert.True(PublishedParser.TryParse(text, out var value));
        Assert.Equal(iso, value!.ToIso());
    }

    [Fact]
    public async Task MissingFileIsAWarning()
    {
        var missing = Path.Combine(folder, "missing.txt");
        var some = await CliRun.RunAsync("annotate", missing, Samples[0]);
        Assert.Equal(ExitCodes.Success, some.ExitCode);
        Assert.StartsWith($"triangulate: {missing}: ", Assert.Single(some.ErrorLines));
        Assert.Single(Lines(some));

        var none = await CliRun.RunAsync("annotate", "--raw", missing);
        Assert.Equal(ExitCodes.Failure, none.ExitCode);
        Assert.Equal("", none.Out);
        Assert.Equal(2, none.ErrorLines.Length);
        Assert.StartsWith($"triangulate: {missing}: ", none.ErrorLines[0]);
        Assert.Equal("triangulate: no usable input", none.ErrorLines[1]);
    }

    [Fact]
    public async Task OutputIsDeterministicOnStdoutAndInAFile()
    {
        var first = await CliRun.RunAsync(["annotate", .. Samples]);
        var second = await CliRun.RunAsync(["annotate", .. Samples.Reverse()]);
        Assert.Equal(first.Out, second.Out);
        var target = Path.Combine(folder, "annotations.jsonl");
        var toFile = await CliRun.RunAsync(["annotate", "-o", target, .. Samples]);
        Assert.Equal(ExitCodes.Success, toFile.ExitCode);
        Assert.Equal("", toFile.Out);
        Assert.Equal(Encoding.UTF8.GetBytes(first.Out), await File.ReadAllBytesAsync(target));
    }

    [Fact]
    public async Task HelpListsTheOptions()
    {
        var run = await CliRun.RunAsync("annotate", "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--raw", run.Out);
        Assert.Contains("--published", run.Out);
        Assert.Contains("--output", run.Out);
    }
}
