using System.Text;
using System.Text.Json;
using Triangulate.Diagnostics;
using Triangulate.Ingest.Containers;
using Triangulate.Ingest.Html;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.JsonLines;

/// <summary>
/// JSON Lines → one input per line: an object with "html" (read as HTML) or "text" (read as plain
/// text), and optionally "url", "title", "published" (ISO 8601), "outlet" and "authors" (a string or
/// an array of strings). Those fields are the user's word and are taken as given
/// (<see cref="GivenOrigin.User"/>), over what the text says. A line that is not such an object is
/// one warning naming its line number (after 20, one line counts the rest); blank lines are skipped, and a
/// binary file is one warning.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Bad lines reported one by one; past this many, one summary line (a file that is not JSON Lines at all would flood the terminal).</summary>
    private const int MaxBadLines = 20;

    public static IEnumerable<ContainerEntry> Read(RawInput input)
    {
        var kind = BinarySniffer.KnownFormat(input.Bytes);
        if (kind is not null || input.Bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            yield return ContainerEntry.Problem(new TriangulateException(ErrorCode.Binary, input.Source, $"binary file ({kind ?? "contains NUL bytes"}), not JSON Lines"));
            yield break;
        }
        ReadOnlyMemory<byte> rest = input.Bytes;
        if (rest.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) rest = rest[3..];
        var bad = 0;
        for (var number = 1; !rest.IsEmpty; number++)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            if (IsBlank(line.Span)) continue;
            var entry = Entry(input, line, number);
            if (entry.Input is null && ++bad > MaxBadLines) continue;
            yield return entry;
        }
        if (bad > MaxBadLines)
            yield return ContainerEntry.Problem(new TriangulateException(ErrorCode.Unreadable, input.Source, $"{bad - MaxBadLines} more bad lines skipped"));
    }

    private static ContainerEntry Entry(RawInput input, ReadOnlyMemory<byte> line, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Bad(input, number, "not a JSON object");
            var html = String(root, "html");
            var text = String(root, "text");
            var url = String(root, "url");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)))
                return Bad(input, number, "\"url\" is not an absolute http(s) URL");
            var published = String(root, "published");
            var time = HtmlDates.Parse(published);
            if (published is not null && time is null) return Bad(input, number, "\"published\" is not an ISO 8601 date");
            if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text)) return Bad(input, number, "no \"text\" or \"html\"");
            var given = new GivenMetadata(GivenOrigin.User)
            {
                Title = Trimmed(String(root, "title")),
                Outlet = Trimmed(String(root, "outlet")),
                Authors = Authors(root),
                Published = time,
                Url = url,
            };
            var isHtml = !string.IsNullOrWhiteSpace(html);
            return ContainerEntry.Item(new RawInput(
                $"{input.Source}#{number}", Encoding.UTF8.GetBytes(isHtml ? html! : text!),
                isHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", url) { Given = given, UrlSource = Model.MetadataSource.JsonLinesField });
        }
        catch (JsonException e)
        {
            return Bad(input, number, "not valid JSON: " + Messages.OneLine(e.Message.Split(" LineNumber:")[0]));
        }
        catch (FieldException e)
        {
            return Bad(input, number, e.Message);
        }
        catch (InvalidOperationException)
        {
            return Bad(input, number, "a string that is not valid UTF-8");
        }
    }

    private static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FieldException($"\"{name}\" is not a string");
    }

    private static IReadOnlyList<string> Authors(JsonElement root)
    {
        if (!root.TryGetProperty("authors", out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind == JsonValueKind.String) return Trimmed(value.GetString()) is { } one ? [one] : [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
            throw new FieldException("\"authors\" is not a string or an array of strings");
        return value.EnumerateArray().Select(a => Trimmed(a.GetString())).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private static ContainerEntry Bad(RawInput input, int number, string reason) =>
        ContainerEntry.Problem(new TriangulateException(ErrorCode.Unreadable, input.Source, $"line {number}: {reason}; skipped"));

    private sealed class FieldException(string message) : Exception(message);
}
